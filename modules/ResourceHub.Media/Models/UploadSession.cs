namespace ResourceHub.Media.Models;

/// <summary>
/// A resumable (tus) upload in progress: the bytes received so far sit in a partial file under
/// the data folder; on the last chunk they become a package file. Abandoned sessions expire.
/// </summary>
public sealed class UploadSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid UserId { get; init; }
    public required string FileName { get; init; }
    public string? Kind { get; init; }
    public long Length { get; init; }
    public long Offset { get; set; }
    /// <summary>Set once the bytes have become this package file.</summary>
    public Guid? FileId { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset ExpiresAt { get; set; }
}
