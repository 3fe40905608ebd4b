using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// 督导 figures: the schools' packages by type and status. A row shows the published title
/// (the published view); a package never approved shows no title, so a report never reveals a draft.
/// </summary>
public sealed class PackageOversight(ResourceHubDbContext db) : IOversightSource
{
    public async Task<OversightSection> CountAsync(OversightScope scope, CancellationToken cancellationToken)
    {
        var ids = scope.Schools.Keys.ToList();
        var rows = await db.Set<ResourcePackage>().AsNoTracking().Where(p => ids.Contains(p.SchoolId))
            .Select(p => new
            {
                p.Id, p.SchoolId, p.ResourceType, p.Status, p.PublishedVersion,
                Published = db.Set<PackageVersion>().Where(v => v.PackageId == p.Id && v.Version == p.PublishedVersion).Select(v => v.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var figures = new List<OversightFigure>();
        foreach (var type in Enum.GetValues<ResourceType>())
        {
            foreach (var status in Enum.GetValues<PackageStatus>())
            {
                var counted = rows.Where(r => r.ResourceType == type && r.Status == status)
                    .Select(r => new OversightRow(
                        r.Published ?? $"（未发布的资源包 {r.Id.ToString()[..8]}）", scope.Schools[r.SchoolId], status.ToChinese(),
                        r.PublishedVersion is null ? null : $"/packages/{r.Id}"))
                    .OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
                figures.Add(new($"{type}.{status}", type.ToChinese(), status.ToChinese(), counted.Count, "个", counted));
            }
        }
        return new OversightSection("packages", "资源包（按类型和状态）", 10, figures);
    }
}
