using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Media.Models;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// A school's storage: every file row it holds (removed files of stored versions too, as their
/// bytes stay) plus the space reserved by its resumable uploads in progress.
/// </summary>
public sealed class SchoolQuota(ResourceHubDbContext db, IOptions<FilesOptions> options)
{
    public async Task<long> UsedAsync(Guid schoolId, CancellationToken ct)
    {
        var packageIds = db.Set<ResourcePackage>().Where(p => p.SchoolId == schoolId).Select(p => p.Id);
        var files = await db.Set<PackageFile>().Where(f => packageIds.Contains(f.PackageId)).SumAsync(f => f.Size, ct);
        var reserved = await db.Set<UploadSession>().Where(u => u.SchoolId == schoolId && u.FileId == null).SumAsync(u => u.Length, ct);
        return files + reserved;
    }

    /// <summary>
    /// 409, not 413: the request itself is within the size limit; it conflicts with the school's
    /// current state, which deleting files resolves. A client told 413 would only retry smaller.
    /// </summary>
    public async Task EnsureRoomAsync(Guid schoolId, long adding, CancellationToken ct, Guid? exceptUpload = null)
    {
        var limit = options.Value.SchoolQuotaBytes;
        var used = await UsedAsync(schoolId, ct);
        if (exceptUpload is { } id)
        {
            used -= await db.Set<UploadSession>().Where(u => u.Id == id && u.FileId == null).Select(u => u.Length).FirstOrDefaultAsync(ct);
        }
        if (used + adding > limit)
        {
            throw new DomainException(409, "学校存储空间已满",
                $"本校资源存储空间已用 {FileSizes.Format(used)}，上限为 {FileSizes.Format(limit)}，放不下这个文件。请删除不再需要的文件，或联系管理员提高配额。");
        }
    }
}
