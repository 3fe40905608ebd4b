using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// A package as everyone outside its school sees it, whoever asks: its last approved version and
/// exactly that version's files. For other modules that show packages (研修 units), so that a
/// revision in progress changes nothing they show, even to the package's own school.
/// </summary>
public sealed class PublishedView(ResourceHubDbContext db, FileDetailsReader details)
{
    /// <summary>The published version, or null when the package does not exist or was never approved.</summary>
    public async Task<PackageEndpoints.PackageDto?> GetAsync(Guid packageId, CancellationToken ct = default)
    {
        var package = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == packageId, ct);
        if (package?.PublishedVersion is not { } published)
        {
            return null;
        }
        var snapshot = package.Status == PackageStatus.Published && package.Version == published
            ? null
            : await db.Set<PackageVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.PackageId == packageId && v.Version == published, ct);
        if (snapshot is null && package.Version != published)
        {
            return null;
        }
        return await details.ToDtoAsync(package, snapshot, ct);
    }
}
