using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>The two views of a package that readers go through.</summary>
public enum PackageView
{
    /// <summary>The last approved version: what everyone may see.</summary>
    Published,
    /// <summary>The version being edited or reviewed: for its school and its deciders.</summary>
    Working,
}

/// <summary>A package's file ids in one of its views, for asking Media about them (extracted text, say).</summary>
public sealed class PackageFileIds(ResourceHubDbContext db)
{
    /// <summary>Empty for a package that does not exist, or has no published version when that is asked.</summary>
    public async Task<IReadOnlyList<Guid>> OfAsync(Guid packageId, PackageView view, CancellationToken ct)
    {
        var versions = await db.Set<ResourcePackage>().Where(p => p.Id == packageId)
            .Select(p => new { p.Version, p.PublishedVersion }).FirstOrDefaultAsync(ct);
        if ((view == PackageView.Published ? versions?.PublishedVersion : versions?.Version) is not { } version)
        {
            return [];
        }
        return await db.Set<PackageFile>()
            .Where(f => f.PackageId == packageId && f.AddedInVersion <= version && (f.RemovedInVersion == null || f.RemovedInVersion > version))
            .Select(f => f.Id).ToListAsync(ct);
    }
}
