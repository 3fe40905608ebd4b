using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Opens a package's working version to the reviewers who may decide one of its reviews now, or
/// decided a stage of that same version. A reviewer of an earlier version sees what everyone sees.
/// Reads the review table only (PackageAccess depends on it: no PackageService here).
/// </summary>
public sealed class ReviewSightGrant(ResourceHubDbContext db) : IPackageSightGrant
{
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid packageId, int workingVersion, CancellationToken ct)
    {
        if (ReviewerIdentity.From(user) is not { } who)
        {
            return false;
        }
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.PackageId == packageId && r.Kind == ReviewKind.Authoring).ToListAsync(ct);
        return reviews.Any(r => r.Version == workingVersion && ((r.IsOpen && who.EligibleRole(r) is not null) || r.Decisions.Any(d => d.ReviewerId == who.Id)));
    }
}
