using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// A school's storage: every file row it holds (removed files of stored versions too, as their
/// bytes stay) plus the bytes its live resumable uploads have received (Media's, by the school as account). An
/// upload holds only what it has received, not what it announced: empty reservations block nobody,
/// and each chunk is checked against the room left when it arrives.
/// </summary>
public sealed class SchoolQuota(ResourceHubDbContext db, IEnumerable<IUploadReservations> reservations, IOptions<PackageFilesOptions> options)
{
    /// <param name="exceptUpload">An upload becoming a file: its reservation is not counted beside the file.</param>
    public async Task<long> UsedAsync(Guid schoolId, CancellationToken ct, Guid? exceptUpload = null)
    {
        var packageIds = db.Set<ResourcePackage>().Where(p => p.SchoolId == schoolId).Select(p => p.Id);
        var used = await db.Set<PackageFile>().Where(f => packageIds.Contains(f.PackageId)).SumAsync(f => f.Size, ct);
        foreach (var reserved in reservations)
        {
            used += await reserved.ReservedBytesAsync(schoolId, exceptUpload, ct);
        }
        return used;
    }

    /// <summary>
    /// 409, not 413: the request itself is within the size limit; it conflicts with the school's
    /// current state, which deleting files resolves. A client told 413 would only retry smaller.
    /// </summary>
    public async Task EnsureRoomAsync(Guid schoolId, long adding, CancellationToken ct, Guid? exceptUpload = null)
    {
        var limit = options.Value.SchoolQuotaBytes;
        var used = await UsedAsync(schoolId, ct, exceptUpload);
        if (used + adding > limit)
        {
            throw new DomainException(409, "学校存储空间已满",
                $"本校资源存储空间已用 {FileSizes.Format(used)}，上限为 {FileSizes.Format(limit)}，放不下这个文件。请删除不再需要的文件，或联系管理员提高配额。");
        }
    }
}
