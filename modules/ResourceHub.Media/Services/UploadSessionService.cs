using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// Resumable uploads (tus 1.0) that any node can continue: the bytes received so far are staged
/// blocks in the blob store (<see cref="UploadBlockWriter"/>), one PATCH writes at a time
/// (<see cref="UploadLease"/>), and the last chunk commits the blocks and hands them to the
/// upload's target (<see cref="IUploadTarget"/>), which stores them through the same checks as a one-shot upload.
/// </summary>
public sealed class UploadSessionService(
    ResourceHubDbContext db, IUploadTarget target, IStagedBlobs staged, IBlobStore blobs, UploadBlockWriter writer,
    IOptions<FilesOptions> options, TimeProvider clock)
{
    public sealed record AppendResult(long Offset, AttachedFile? File);

    /// <summary>A reservation nothing was sent to is dropped after an hour (or sooner when uploads expire sooner).</summary>
    private TimeSpan EmptyExpiry => TimeSpan.FromHours(Math.Min(1, options.Value.UploadExpiryHours));

    public async Task<UploadSession> CreateAsync(ClaimsPrincipal user, Guid targetId, string fileName, string? kind, long length, CancellationToken ct)
    {
        var name = FileStore.CleanName(fileName);
        FileSniffer.ClaimedType(name);
        if (length < 0)
        {
            throw new FieldException("Upload-Length", "Upload-Length 必须是非负整数。");
        }
        if (length > options.Value.MaxFileBytes)
        {
            throw FileStore.TooLarge(options.Value.MaxFileBytes);
        }
        var account = await target.ReserveAsync(user, targetId, kind, length, ct);
        var session = new UploadSession
        {
            TargetId = targetId, AccountId = account, UserId = user.UserId()!.Value,
            FileName = name, Kind = kind, Length = length, ExpiresAt = clock.GetUtcNow() + EmptyExpiry,
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The caller's own live upload (its offset: the bytes durably staged); anyone else's is 404.</summary>
    public async Task<UploadSession> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var session = await db.Set<UploadSession>().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (session is null || session.UserId != user.UserId() || session.ExpiresAt < clock.GetUtcNow())
        {
            throw new NotFoundException("上传不存在或已过期，请重新开始上传。");
        }
        return session;
    }

    /// <summary>Appends a chunk at <paramref name="offset"/>; what arrived before a dropped connection is kept.</summary>
    public async Task<AppendResult> AppendAsync(ClaimsPrincipal user, Guid id, long offset, Stream body, CancellationToken ct)
    {
        var session = await GetAsync(user, id, ct);
        if (session.FileId is not null || offset != session.Offset)
        {
            throw UploadLease.OffsetMismatch(session.Offset);
        }
        // The rest of this file must still fit beside everything else the school holds and receives.
        await target.EnsureRoomAsync(session.AccountId, session.Length - session.Offset, ct);
        var lease = new UploadLease(db, clock, TimeSpan.FromSeconds(options.Value.UploadLeaseSeconds), session.Id);
        await lease.TakeAsync(offset, ct);
        try
        {
            var written = await writer.WriteAsync(session, lease, options.Value, body, ct);
            (session.Offset, session.Blocks) = (written.Offset, written.Blocks);
            if (session.Offset == session.Length)
            {
                return new(session.Offset, await CompleteAsync(user, session, ct));
            }
            if (written.Dropped)
            {
                throw new DomainException(400, "连接中断", $"上传在 {session.Offset} 字节处中断，请从该位置继续。");
            }
            return new(session.Offset, null);
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    public async Task DeleteAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var session = await GetAsync(user, id, ct);
        await staged.DiscardAsync(UploadBlockWriter.BlobName(session.Id), ct);
        db.Remove(session);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Commits the staged blocks as one blob and hands it to the target; committing again (a retried last PATCH) is harmless.</summary>
    private async Task<AttachedFile> CompleteAsync(ClaimsPrincipal user, UploadSession session, CancellationToken ct)
    {
        var blob = UploadBlockWriter.BlobName(session.Id);
        await staged.CommitAsync(blob, session.Blocks.Split(',', StringSplitOptions.RemoveEmptyEntries), ct);
        try
        {
            AttachedFile file;
            await using (var content = await blobs.OpenReadAsync(blob, ct) ?? throw new NotFoundException("上传的数据已不存在，请重新开始上传。"))
            {
                var upload = new UploadToAttach(session.Id, session.TargetId, session.FileName, session.Kind, session.Length);
                file = await target.AttachAsync(user, upload, content, fileId => session.FileId = fileId, ct);
            }
            await staged.DiscardAsync(blob, CancellationToken.None);
            return file;
        }
        catch (DomainException)
        {
            // Refused as a whole (wrong type, quota, no longer editable): the upload is over.
            await staged.DiscardAsync(blob, CancellationToken.None);
            db.ChangeTracker.Clear();
            await db.Set<UploadSession>().Where(u => u.Id == session.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
    }
}

/// <summary>Bytes reserved by an account's uploads in progress (an upload that became a file holds none).</summary>
public sealed class UploadReservations(ResourceHubDbContext db, TimeProvider clock) : IUploadReservations
{
    /// <summary>What live uploads have received: an announced length holds nothing until its bytes arrive.</summary>
    public async Task<long> ReservedBytesAsync(Guid accountId, Guid? exceptUpload, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Set<UploadSession>().Where(u => u.AccountId == accountId && u.FileId == null && u.Id != exceptUpload && u.ExpiresAt > now)
            .SumAsync(u => u.Offset, ct);
    }
}
