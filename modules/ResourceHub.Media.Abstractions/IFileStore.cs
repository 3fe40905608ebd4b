namespace ResourceHub.Media.Abstractions;

/// <summary>A file's bytes as stored: under a generated blob name, checked, hashed and measured.</summary>
/// <param name="Name">The user's file name, cleaned of any path and control characters.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the bytes.</param>
public sealed record StoredFile(string Name, string BlobName, long Size, string ContentType, string Sha256);

/// <summary>
/// Stores bytes for whoever owns them (Media knows no packages). The caller writes its own row
/// after <see cref="StoreAsync"/> and, when that row cannot be saved, calls <see cref="DeleteAsync"/>,
/// so that a crash leaves at worst bytes without a row (the sweeper's to clear), never a row without bytes.
/// </summary>
public interface IFileStore
{
    /// <summary>The largest file accepted (413 past it).</summary>
    long MaxFileBytes { get; }

    /// <summary>The allowed types as people name them (PDF、DOCX…), for upload pages.</summary>
    string AllowedTypes { get; }

    /// <summary>The user's name without any path a client sent; 400 when empty, 415 when the type is not allowed.</summary>
    string CheckName(string? fileName);

    /// <summary>
    /// Streams <paramref name="content"/> into a new blob: 413 past the size cap, 415 when the bytes
    /// are not what the name claims. <paramref name="ensureRoom"/> is asked with the declared and
    /// then the actual length, and refuses by throwing; whatever refuses, the blob is gone again.
    /// A finished resumable upload's own blob on the local disk is renamed into place, not copied.
    /// </summary>
    Task<StoredFile> StoreAsync(string fileName, Stream content, long? declaredLength, Func<long, Task> ensureRoom, CancellationToken ct);

    /// <summary>Deletes a blob (a stored file whose row was not written, or a file that is gone).</summary>
    Task DeleteAsync(string blobName, CancellationToken ct);

    /// <summary>The 413 answer, for endpoints that refuse a body before storing it.</summary>
    Exception TooLarge();
}
