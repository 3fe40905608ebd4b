using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services;

/// <summary>
/// Files attached to applications and nominations. Bytes first (under a generated name), then the
/// row; a failed row deletes the bytes, and the storage sweeper keeps what a row names.
/// </summary>
public sealed class AttachmentService(ResourceHubDbContext db, IBlobStore blobs) : IBlobReferences
{
    /// <summary>Supporting material is documents and pictures, not videos: 100 MiB is ample.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    public Task<List<ReformAttachment>> ListAsync(AttachmentOwner owner, Guid ownerId, CancellationToken ct = default) =>
        db.Set<ReformAttachment>().AsNoTracking().Where(a => a.Owner == owner && a.OwnerId == ownerId).OrderBy(a => a.CreatedAt).ToListAsync(ct);

    public async Task<ReformAttachment> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<ReformAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("附件不存在。");

    public async Task<ReformAttachment> AddAsync(AttachmentOwner owner, Guid ownerId, Guid by, string fileName, string? contentType, Stream content, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName.Trim());
        if (name.Length is 0 or > 255)
        {
            throw new FieldException("file", "请上传文件（文件名最长 255 个字符）。");
        }
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            size += read;
            if (size > MaxBytes)
            {
                throw new DomainException(413, "文件过大", $"附件最大 {MaxBytes / 1024 / 1024} MB。");
            }
            hash.AppendData(chunk, 0, read);
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        if (size == 0)
        {
            throw new FieldException("file", "文件是空的。");
        }
        buffer.Position = 0;
        var attachment = new ReformAttachment
        {
            Owner = owner, OwnerId = ownerId, Name = name, Size = size, UploadedById = by,
            ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
            Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset()), BlobName = BlobNames.New("reform"),
        };
        await blobs.PutAsync(attachment.BlobName, buffer, ct);
        try
        {
            db.Add(attachment);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await blobs.DeleteAsync(attachment.BlobName, CancellationToken.None);
            throw;
        }
        return attachment;
    }

    public async Task<Stream> OpenAsync(ReformAttachment attachment, CancellationToken ct = default) =>
        await blobs.OpenReadAsync(attachment.BlobName, ct) ?? throw new NotFoundException("附件的内容已不存在。");

    public async Task<IReadOnlyCollection<string>> ReferencedAsync(CancellationToken ct) =>
        await db.Set<ReformAttachment>().Select(a => a.BlobName).ToListAsync(ct);
}
