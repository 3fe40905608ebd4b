using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Schools;

namespace ResourceHub.Review.Services;

/// <summary>
/// How many expert approvals a resource type needs after its school's approval: the region's
/// override (by the author's school's region) or else the national default. Data, not code.
/// </summary>
public sealed class ReviewPolicies(ResourceHubDbContext db, ISchoolDirectory schools)
{
    /// <summary>Used only when neither the region nor the nation has a row: textbooks need one expert.</summary>
    public static int BuiltInExpertApprovals(ResourceType type) => type == ResourceType.Textbook ? 1 : 0;

    public async Task<int> ExpertApprovalsAsync(Guid schoolId, ResourceType type, CancellationToken ct = default) =>
        (await RuleAsync(schoolId, type, ct))?.ExpertApprovals ?? BuiltInExpertApprovals(type);

    public async Task<int> DueDaysAsync(Guid schoolId, ResourceType type, CancellationToken ct = default) =>
        (await RuleAsync(schoolId, type, ct))?.DueDays ?? 14;

    /// <summary>Whether the region's textbook rule has a selection by its schools also decided by an assigned expert.</summary>
    public async Task<bool> SelectionNeedsExpertAsync(Guid schoolId, CancellationToken ct = default) =>
        (await RuleAsync(schoolId, ResourceType.Textbook, ct))?.SelectionNeedsExpert ?? false;

    private async Task<ReviewPolicy?> RuleAsync(Guid schoolId, ResourceType type, CancellationToken ct)
    {
        var region = (await schools.GetAsync(schoolId, ct)).Region;
        var rows = await db.Set<ReviewPolicy>().AsNoTracking()
            .Where(p => p.ResourceType == type && (p.Region == region || p.Region == null))
            .ToListAsync(ct);
        return rows.FirstOrDefault(p => p.Region == region) ?? rows.FirstOrDefault(p => p.Region == null);
    }

    public Task<List<ReviewPolicy>> ListAsync(CancellationToken ct = default) =>
        db.Set<ReviewPolicy>().AsNoTracking().OrderBy(p => p.Region).ThenBy(p => p.ResourceType).ToListAsync(ct);

    /// <summary>Sets (adds or changes) the rule for a region (null: national) and type.</summary>
    public async Task<ReviewPolicy> SetAsync(string? region, ResourceType type, int expertApprovals, CancellationToken ct = default,
        int dueDays = 14, bool selectionNeedsExpert = false)
    {
        region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        if (region is not null && !Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称。");
        }
        if (expertApprovals is < 0 or > 9)
        {
            throw new FieldException("expertApprovals", "专家审核人数应在 0 到 9 之间。");
        }
        if (dueDays is < 1 or > 90)
        {
            throw new FieldException("dueDays", "专家审核期限应在 1 到 90 天之间。");
        }
        var policy = await db.Set<ReviewPolicy>().FirstOrDefaultAsync(p => p.Region == region && p.ResourceType == type, ct);
        if (policy is null)
        {
            policy = new ReviewPolicy { Region = region, ResourceType = type };
            db.Add(policy);
        }
        policy.ExpertApprovals = expertApprovals;
        policy.DueDays = dueDays;
        policy.SelectionNeedsExpert = selectionNeedsExpert && type == ResourceType.Textbook;
        policy.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return policy;
    }
}
