using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>The stage each package in review waits at: its open authoring review's.</summary>
public sealed class ReviewStages(ResourceHubDbContext db) : IReviewStages
{
    public async Task<IReadOnlyDictionary<Guid, string>> OpenStagesAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct)
    {
        if (packageIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        var ids = packageIds.Select(id => (Guid?)id).ToList();
        var open = await db.Set<Models.Review>().AsNoTracking()
            .Where(r => ids.Contains(r.PackageId) && r.Kind == ReviewKind.Authoring && r.Status == ReviewStatus.Pending)
            .Select(r => new { PackageId = r.PackageId!.Value, r.Stage })
            .ToListAsync(ct);
        // Stages follow each other; should two be open, the later one is where it waits.
        return open.GroupBy(r => r.PackageId).ToDictionary(g => g.Key, g => g.Max(r => r.Stage).ToChinese());
    }
}
