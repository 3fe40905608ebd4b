namespace ResourceHub.Media.Abstractions;

/// <summary>What the background work found out about a file (processing state, thumbnail, duration, a PDF preview of its pages).</summary>
public sealed record FileDetails(string State, string? Error, bool HasThumbnail, double? DurationSeconds, int? PageCount, bool HasPreview = false);

/// <summary>Where a file's processing is, in words its author reads while the upload page waits.</summary>
public sealed record FileProgress(Guid FileId, ProgressPhase Phase, string Text);

public enum ProgressPhase { Busy, Done, Failed }

/// <summary>A file made from a stored file (thumbnail or page preview), open for reading.</summary>
public sealed record DerivedFile(string BlobName, Stream Content);

public enum DerivedKind { Thumbnail, Preview }

/// <summary>Processing details for files by id; absent, files show without them.</summary>
public interface IFileDetailsSource
{
    Task<IReadOnlyDictionary<Guid, FileDetails>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct);
}

/// <summary>
/// Background processing of stored files (text extraction, thumbnails, Office page previews),
/// all by file id: the owner of a file (a package, say) decides who may see what, Media does the work.
/// </summary>
public interface IMediaFiles : IFileDetailsSource
{
    /// <summary>
    /// Queues the file's processing in the caller's unit of work (the job rows commit with the
    /// owner's file row). <paramref name="ownerId"/> comes back in <see cref="FileTextExtracted"/>.
    /// </summary>
    void QueueProcessing(Guid fileId, Guid ownerId, StoredFile file);

    /// <summary>Starts this node's worker at once; call after the queued rows committed.</summary>
    void Wake();

    /// <summary>The processing state of a file queued in this unit of work, for the upload's answer.</summary>
    FileDetails? QueuedDetails(Guid fileId);

    /// <summary>Drops a deleted file's processing rows in the caller's unit of work (call it inside a transaction: its jobs are deleted at once); returns its derived blobs, to delete after commit.</summary>
    Task<IReadOnlyList<string>> ForgetAsync(Guid fileId, CancellationToken ct);

    /// <summary>One progress row per id, in the order given.</summary>
    Task<IReadOnlyList<FileProgress>> ProgressAsync(IReadOnlyList<Guid> fileIds, CancellationToken ct);

    /// <summary>The file's thumbnail or page preview; null when there is none (yet).</summary>
    Task<DerivedFile?> OpenDerivedAsync(Guid fileId, DerivedKind kind, CancellationToken ct);
}
