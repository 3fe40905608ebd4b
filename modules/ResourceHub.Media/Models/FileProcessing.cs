namespace ResourceHub.Media.Models;

/// <summary>What the background work found out about one package file; shown on the file's DTO.</summary>
public sealed class FileProcessing
{
    /// <summary>The package file's id (one row per file).</summary>
    public Guid FileId { get; init; }
    public Guid PackageId { get; init; }
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

    /// <summary>The blobs made from the file, which go when it goes.</summary>
    public IEnumerable<string> DerivedBlobs() => new[] { ThumbnailBlob, PreviewBlob }.OfType<string>();
}

public enum ProcessingState
{
    Pending,
    Done,
    Failed,
}
