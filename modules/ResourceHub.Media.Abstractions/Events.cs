using ResourceHub.Core.Events;

namespace ResourceHub.Media.Abstractions;

/// <summary>Raised when a file's text was extracted: its owner re-indexes what holds the file.</summary>
public sealed record FileTextExtracted(Guid FileId, Guid OwnerId) : IDomainEvent;
