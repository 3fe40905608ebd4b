using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// One PATCH at a time per upload, across nodes: a writer takes the upload's row by a conditional
/// update (only one can win it), every record of staged bytes is conditional on still holding it,
/// and a writer whose node died loses it once its lease lapses.
/// </summary>
public sealed class UploadLease(ResourceHubDbContext db, TimeProvider clock, TimeSpan lease, Guid uploadId)
{
    public Guid WriterId { get; } = Guid.NewGuid();

    private DateTimeOffset _renewed;

    /// <summary>Takes the upload at <paramref name="offset"/>, or answers 409 (another PATCH is writing, or the offset moved).</summary>
    public async Task TakeAsync(long offset, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var taken = await db.Set<UploadSession>()
            .Where(u => u.Id == uploadId && u.FileId == null && u.Offset == offset && (u.WriterUntil == null || u.WriterUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WriterId, WriterId).SetProperty(u => u.WriterUntil, now + lease), ct);
        if (taken == 1)
        {
            _renewed = now;
            return;
        }
        var current = await db.Set<UploadSession>().AsNoTracking().Where(u => u.Id == uploadId).Select(u => u.Offset).FirstOrDefaultAsync(ct);
        throw current != offset ? OffsetMismatch(current) : Busy();
    }

    /// <summary>Records the staged blocks (the new offset), renewing the lease; 409 when another writer took over.</summary>
    public async Task RecordAsync(long offset, string blocks, DateTimeOffset expiresAt)
    {
        var now = clock.GetUtcNow();
        var done = await db.Set<UploadSession>().Where(u => u.Id == uploadId && u.WriterId == WriterId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Offset, offset).SetProperty(u => u.Blocks, blocks)
                .SetProperty(u => u.WriterUntil, now + lease).SetProperty(u => u.ExpiresAt, expiresAt), CancellationToken.None);
        _renewed = now;
        if (done != 1)
        {
            throw TakenOver();
        }
    }

    /// <summary>While bytes flow slowly, keeps the lease alive (a third of it at a time).</summary>
    public async Task RenewIfDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - _renewed < lease / 3)
        {
            return;
        }
        var done = await db.Set<UploadSession>().Where(u => u.Id == uploadId && u.WriterId == WriterId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WriterUntil, now + lease), ct);
        _renewed = now;
        if (done != 1)
        {
            throw TakenOver();
        }
    }

    public async Task ReleaseAsync() =>
        await db.Set<UploadSession>().Where(u => u.Id == uploadId && u.WriterId == WriterId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WriterId, (Guid?)null).SetProperty(u => u.WriterUntil, (DateTimeOffset?)null), CancellationToken.None);

    public static DomainException OffsetMismatch(long offset) =>
        new(409, "偏移量不一致", $"服务器已收到 {offset} 字节，请从该位置继续上传（先用 HEAD 查询 Upload-Offset）。");

    private static DomainException Busy() =>
        new(409, "上传正在进行", "另一个请求正在向这个上传写入数据，请稍后用 HEAD 查询偏移量再继续。");

    private static DomainException TakenOver() =>
        new(409, "上传已由另一个请求接管", "这个请求停顿太久，另一个请求已接着上传；请用 HEAD 查询偏移量再继续。");
}
