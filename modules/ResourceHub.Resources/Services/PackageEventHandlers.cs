using ResourceHub.Core.Content;
using ResourceHub.Core.Events;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Any change to a package, and new text in one of its files, asks for it to be indexed again (an indexing-task row in the same save).</summary>
public sealed class IndexPackageOnChange(ContentChanges changes) : IDomainEventHandler<PackageChanged>, IDomainEventHandler<FileTextExtracted>
{
    public Task HandleAsync(PackageChanged domainEvent, CancellationToken ct)
    {
        changes.PackageChanged(domainEvent.PackageId);
        return Task.CompletedTask;
    }

    /// <summary>Package files are stored with their package as owner (<see cref="ProcessFileOnAdd"/>).</summary>
    public Task HandleAsync(FileTextExtracted domainEvent, CancellationToken ct)
    {
        changes.PackageChanged(domainEvent.OwnerId);
        return Task.CompletedTask;
    }
}

/// <summary>A new package file is queued for Media's processing (text, thumbnail, preview), the jobs committing with the file's row.</summary>
public sealed class ProcessFileOnAdd(IEnumerable<IMediaFiles> media) : IDomainEventHandler<PackageFileAdded>
{
    public Task HandleAsync(PackageFileAdded domainEvent, CancellationToken ct)
    {
        var file = domainEvent.File;
        foreach (var processing in media)
        {
            processing.QueueProcessing(file.Id, domainEvent.PackageId, new StoredFile(file.Name, file.BlobName, file.Size, file.ContentType, file.Sha256));
        }
        return Task.CompletedTask;
    }
}
