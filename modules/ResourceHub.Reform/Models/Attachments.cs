namespace ResourceHub.Reform.Models;

/// <summary>
/// A file attached to an application (材料) or a nomination (佐证材料). The bytes live in the
/// blob store under a generated name; the row is written only once the bytes are stored.
/// </summary>
public sealed class ReformAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public AttachmentOwner Owner { get; init; }
    public Guid OwnerId { get; init; }
    public required string Name { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string Sha256 { get; init; }
    public required string BlobName { get; init; }
    public Guid UploadedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

public enum AttachmentOwner
{
    Application,
    Nomination,
}
