using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Read-only lists of packages for the pages: a school's own work, and what is published.</summary>
public sealed class PackageQueries(ResourceHubDbContext db)
{
    public sealed record Page(IReadOnlyList<ResourcePackage> Items, int Total, int PageNumber, int PageSize)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public Task<List<ResourcePackage>> ForSchoolAsync(Guid schoolId, PackageStatus? status, CancellationToken ct = default) =>
        db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files)
            .Where(p => p.SchoolId == schoolId && (status == null || p.Status == status))
            .OrderByDescending(p => p.UpdatedAt)
            .ToListAsync(ct);

    /// <summary>Published packages, newest first, optionally of one specialty and type.</summary>
    public async Task<Page> PublishedAsync(string? specialtyCode, ResourceType? type, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var query = db.Set<ResourcePackage>().AsNoTracking().Published()
            .Where(p => specialtyCode == null || p.SpecialtyCode == specialtyCode)
            .Where(p => type == null || p.ResourceType == type);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(p => p.UpdatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page(items, total, page, pageSize);
    }

    /// <summary>How many published packages each specialty has.</summary>
    public async Task<Dictionary<string, int>> PublishedCountBySpecialtyAsync(CancellationToken ct = default) =>
        await db.Set<ResourcePackage>().AsNoTracking().Published()
            .GroupBy(p => p.SpecialtyCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
