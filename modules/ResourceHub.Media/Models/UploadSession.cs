namespace ResourceHub.Media.Models;

/// <summary>
/// A resumable (tus) upload in progress: the bytes received so far sit in a partial file under
/// the data folder; on the last chunk the upload's target (<see cref="Abstractions.IUploadTarget"/>)
/// turns them into its file. Abandoned sessions expire.
/// </summary>
public sealed class UploadSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>What the file is for (a package: the tus metadata's packageId).</summary>
    public Guid TargetId { get; init; }
    /// <summary>Whose quota the reserved bytes count against (a school), as the target answered.</summary>
    public Guid AccountId { get; init; }
    public Guid UserId { get; init; }
    public required string FileName { get; init; }
    public string? Kind { get; init; }
    public long Length { get; init; }
    public long Offset { get; set; }
    /// <summary>Set once the bytes have become this file of the target.</summary>
    public Guid? FileId { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset ExpiresAt { get; set; }
}
