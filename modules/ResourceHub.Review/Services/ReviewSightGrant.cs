using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Services;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Opens a package's working version to the reviewers who may decide one of its reviews now or
/// have decided one. Reads the review table only (PackageAccess depends on it: no PackageService here).
/// </summary>
public sealed class ReviewSightGrant(ResourceHubDbContext db) : IPackageSightGrant
{
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct)
    {
        if (ReviewerIdentity.From(user) is not { } who)
        {
            return false;
        }
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.PackageId == packageId && r.Kind == ReviewKind.Authoring).ToListAsync(ct);
        return reviews.Any(r => (r.IsOpen && who.EligibleRole(r) is not null) || r.Decisions.Any(d => d.ReviewerId == who.Id));
    }
}
