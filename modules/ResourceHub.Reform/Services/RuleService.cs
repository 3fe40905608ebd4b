using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services;

/// <summary>Region-dependent rules: a region's own row, else the national default, else none.</summary>
public sealed class RuleService(ResourceHubDbContext db)
{
    public async Task<RegionalRule> ForRegionAsync(string region, CancellationToken ct = default) =>
        await db.Set<RegionalRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Region == region, ct)
        ?? await db.Set<RegionalRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Region == Scope.National, ct)
        ?? new RegionalRule { Region = Scope.National };

    public Task<List<RegionalRule>> ListAsync(CancellationToken ct = default) =>
        db.Set<RegionalRule>().AsNoTracking().OrderBy(r => r.Region).ToListAsync(ct);

    public async Task<RegionalRule> SetAsync(string? region, int? technicianCollegeLimit, int? otherSchoolLimit, decimal multiplier, CancellationToken ct = default)
    {
        var scope = TargetService.NormalizeScope(region);
        if (multiplier is <= 0 or > 10)
        {
            throw new Core.Http.FieldException("integratedHoursMultiplier", "一体化课时系数应大于 0 且不超过 10。");
        }
        if (technicianCollegeLimit < 0 || otherSchoolLimit < 0)
        {
            throw new Core.Http.FieldException("technicianCollegeLimit", "申报上限不能为负数（不填表示不限）。");
        }
        var rule = await db.Set<RegionalRule>().FirstOrDefaultAsync(r => r.Region == scope, ct);
        if (rule is null)
        {
            rule = new RegionalRule { Region = scope };
            db.Add(rule);
        }
        rule.TechnicianCollegeLimit = technicianCollegeLimit;
        rule.OtherSchoolLimit = otherSchoolLimit;
        rule.IntegratedHoursMultiplier = multiplier;
        await db.SaveChangesAsync(ct);
        return rule;
    }
}
