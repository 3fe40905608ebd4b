using ResourceHub.Core.Content;
using ResourceHub.Core.Events;
using ResourceHub.Media.Abstractions;

namespace ResourceHub.Media.Models;

/// <summary>What the background work found out about one stored file; shown on the file's DTO.</summary>
public sealed class FileProcessing : AggregateRoot
{
    /// <summary>The stored file's id, as its owner named it (one row per file).</summary>
    public Guid FileId { get; init; }
    /// <summary>Whatever holds the file (a package), named by the module that stored it; told back in <see cref="FileTextExtracted"/>.</summary>
    public Guid OwnerId { get; init; }
    public required string FileName { get; init; }
    public required string BlobName { get; init; }
    public required string ContentType { get; init; }
    public ProcessingState State { get; set; } = ProcessingState.Pending;
    /// <summary>Why processing failed, in Chinese, for the file's owner.</summary>
    public string? Error { get; set; }
    public string? Text { get; set; }
    public string? ThumbnailBlob { get; set; }
    /// <summary>A PDF of the pages (Office files, made by LibreOffice): what the package page shows in its viewer.</summary>
    public string? PreviewBlob { get; set; }
    public double? DurationSeconds { get; set; }
    public int? PageCount { get; set; }
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>The text is in: whatever holds the file may be found by it now.</summary>
    public void TextExtracted(string text, int? pageCount)
    {
        // What the reader sees in the file: radicals and compatibility forms of a PDF's text layer folded.
        Text = UnicodeText.Normalize(text);
        PageCount = pageCount ?? PageCount;
        Raise(new FileTextExtracted(FileId, OwnerId));
    }

    /// <summary>The blobs made from the file, which go when it goes.</summary>
    public IEnumerable<string> DerivedBlobs() => new[] { ThumbnailBlob, PreviewBlob }.OfType<string>();
}

public enum ProcessingState
{
    Pending,
    Done,
    Failed,
}
