namespace ResourceHub.Media.Models;

/// <summary>
/// A resumable (tus) upload in progress: the bytes received so far are staged blocks in the blob
/// store (<see cref="Core.Storage.IStagedBlobs"/>), listed here in order, so that any node can
/// continue it; on the last chunk the blocks are committed and the upload's target
/// (<see cref="Abstractions.IUploadTarget"/>) turns them into its file. Abandoned sessions expire.
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
    /// <summary>Bytes durably staged and listed in <see cref="Blocks"/>: what HEAD reports.</summary>
    public long Offset { get; set; }
    /// <summary>The staged blocks' ids in order, comma-separated (each id starts with the block's offset).</summary>
    public string Blocks { get; set; } = "";
    /// <summary>The PATCH now writing (one at a time, on any node), and when its lease lapses if its node died.</summary>
    public Guid? WriterId { get; set; }
    public DateTimeOffset? WriterUntil { get; set; }
    /// <summary>Set once the bytes have become this file of the target.</summary>
    public Guid? FileId { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset ExpiresAt { get; set; }
}
