using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// The published and working views of packages, built here and nowhere else. A published view is
/// made from the approved version's snapshot and the files of that version only, so a revision in
/// progress cannot reach it, whatever the revision changed.
/// </summary>
public sealed class PackageViews(ResourceHubDbContext db, PackageAccess access) : IPackageViews
{
    public async Task<PackageView?> PublishedAsync(Guid packageId, CancellationToken ct = default) =>
        (await PublishedAsync([packageId], ct)).FirstOrDefault();

    public async Task<IReadOnlyList<PackageView>> PublishedAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct = default)
    {
        var ids = packageIds.Distinct().ToList();
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files)
            .Where(p => ids.Contains(p.Id) && p.PublishedVersion != null).ToListAsync(ct);
        var wanted = packages.Select(p => p.Id).ToList();
        var snapshots = (await db.Set<PackageVersion>().AsNoTracking().Where(v => wanted.Contains(v.PackageId)).ToListAsync(ct))
            .ToDictionary(v => (v.PackageId, v.Version));
        return packages.Select(p => Published(p, snapshots[(p.Id, p.PublishedVersion!.Value)])).ToList();
    }

    public async Task<IReadOnlyList<PackageView>> WorkingAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct = default)
    {
        var ids = packageIds.Distinct().ToList();
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return packages.Select(Working).ToList();
    }

    public async Task<PackageView?> SubmittedAsync(Guid packageId, int version, CancellationToken ct = default)
    {
        var snapshot = await db.Set<PackageVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.PackageId == packageId && v.Version == version, ct);
        var package = snapshot is null ? null
            : await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == packageId, ct);
        return package is null ? null : Published(package, snapshot!) with { Kind = PackageViewKind.Submitted, Status = package.Status };
    }

    public async Task<IReadOnlyList<PackageTitle>> PublishedTitlesAsync(ResourceType? type = null, string? specialtyCode = null, CancellationToken ct = default) =>
        await (
            from p in db.Set<ResourcePackage>().AsNoTracking()
            join v in db.Set<PackageVersion>().AsNoTracking() on new { PackageId = p.Id, Version = p.PublishedVersion ?? 0 } equals new { v.PackageId, v.Version }
            where (type == null || v.ResourceType == type) && (specialtyCode == null || v.SpecialtyCode == specialtyCode)
            orderby v.Title
            select new PackageTitle(p.Id, v.Title, v.ResourceType)).ToListAsync(ct);

    public async Task<PackageView?> ForAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct = default)
    {
        var package = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == packageId, ct);
        if (package is null)
        {
            return null;
        }
        if (await access.SeesWorkingVersionAsync(user, package, ct))
        {
            return Working(package);
        }
        // The package and its files are loaded already: only the approved snapshot is still to read.
        var published = package.PublishedVersion;
        var snapshot = published is null ? null
            : await db.Set<PackageVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.PackageId == packageId && v.Version == published, ct);
        return snapshot is null ? null : Published(package, snapshot);
    }

    public async IAsyncEnumerable<Guid[]> AllIdsAsync(int batchSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var ids = await db.Set<ResourcePackage>().AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(batchSize))
        {
            yield return chunk;
        }
    }

    /// <summary>The version being edited or reviewed, as its school sees it.</summary>
    public static PackageView Working(ResourcePackage p) => new(
        p.Id, p.SchoolId, p.CreatedById, PackageViewKind.Working, p.Version, p.Status, p.PublishedVersion,
        p.Title, p.Description, p.SpecialtyCode, p.CourseName, p.CourseId, p.LearningTaskId,
        p.ResourceType, p.TextbookForm, p.SkillLevel, p.Tags, p.Authors, p.Licence,
        p.Downloads, p.CreatedAt, p.UpdatedAt, FilesOf(p, p.Version)) { IsRevised = IsRevised(p), Views = p.Views };

    /// <summary>The approved version <paramref name="v"/> of <paramref name="p"/>: its snapshot and its files, nothing of later work.</summary>
    public static PackageView Published(ResourcePackage p, PackageVersion v) => new(
        p.Id, p.SchoolId, p.CreatedById, PackageViewKind.Published, v.Version, PackageStatus.Published, p.PublishedVersion,
        v.Title, v.Description, v.SpecialtyCode, v.CourseName, v.CourseId, v.LearningTaskId,
        v.ResourceType, v.TextbookForm, v.SkillLevel, v.Tags, v.Authors, v.Licence,
        p.Downloads, p.CreatedAt, v.SubmittedAt, FilesOf(p, v.Version)) { IsRevised = IsRevised(p), Views = p.Views };

    private static bool IsRevised(ResourcePackage p) =>
        p.PublishedVersion is { } published && (p.Version != published || p.Status != PackageStatus.Published);

    private static List<PackageFileView> FilesOf(ResourcePackage p, int version) =>
        p.FilesOf(version).Select(f => new PackageFileView(f.Id, f.Name, f.Size, f.ContentType, f.Sha256, f.Kind, f.CreatedAt)).ToList();
}
