using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>The zone's live figures about shared resources, counted from the packages table.</summary>
public sealed class PackageFigures(ResourceHubDbContext db) : ISiteFigures
{
    public async Task<IReadOnlyList<SiteFigure>> GetAsync(CancellationToken cancellationToken)
    {
        var published = db.Set<ResourcePackage>().Published();
        var count = await published.CountAsync(cancellationToken);
        // Specialties as the published versions file them, not as a revision under way does.
        var specialties = await published
            .Join(db.Set<PackageVersion>(), p => new { p.Id, V = p.PublishedVersion!.Value }, v => new { Id = v.PackageId, V = v.Version }, (_, v) => v.SpecialtyCode)
            .Distinct().CountAsync(cancellationToken);
        var downloads = await db.Set<ResourcePackage>().SumAsync(p => (long?)p.Downloads, cancellationToken) ?? 0;
        return [new("已发布资源包", count, 1, "个"), new("覆盖专业", specialties, 2, "个"), new("累计下载", downloads, 40, "次")];
    }
}
