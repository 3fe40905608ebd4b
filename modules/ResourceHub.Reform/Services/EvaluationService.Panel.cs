using ResourceHub.Review;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services;

/// <summary>The panel, the rule of each kind, and publication.</summary>
public sealed partial class EvaluationService
{
    public async Task<EvaluationRule> RuleAsync(ShowcaseKind kind, CancellationToken ct = default) =>
        await db.Set<EvaluationRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Kind == kind, ct) ?? new EvaluationRule { Kind = kind };

    public async Task<EvaluationRule> SetRuleAsync(ShowcaseKind kind, int minimumScores, int? trimFrom, decimal threshold, CancellationToken ct = default)
    {
        if (minimumScores < 3)
        {
            throw new FieldException("minimumScores", "评审专家组至少 3 人评分，最少评分人数不能小于 3。");
        }
        if (trimFrom is { } t && (t < 3 || t < minimumScores))
        {
            throw new FieldException("trimFrom", "去掉最高分和最低分的起始人数不能小于 3，也不能小于最少评分人数。");
        }
        if (threshold is < 0 or > 1000)
        {
            throw new FieldException("publishThreshold", "发布分数线应在 0 到 1000 之间。");
        }
        var rule = await db.Set<EvaluationRule>().FirstOrDefaultAsync(r => r.Kind == kind, ct);
        if (rule is null)
        {
            rule = new EvaluationRule { Kind = kind };
            db.Add(rule);
        }
        (rule.MinimumScores, rule.TrimFrom, rule.PublishThreshold) = (minimumScores, trimFrom, threshold);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    public Task<List<PanelMember>> PanelAsync(Guid id, CancellationToken ct = default) =>
        db.Set<PanelMember>().AsNoTracking().Where(p => p.NominationId == id).OrderBy(p => p.AssignedAt).ToListAsync(ct);

    /// <summary>
    /// The Admin, or the RegionAdmin of the nominating school's region, assigns the panel: experts
    /// of the pool (专家库), appointed and in term, with no tie to the school (not of it). An
    /// expert already on the panel stays once; a refused one leaves the panel as it was.
    /// </summary>
    public async Task<List<PanelMember>> AssignPanelAsync(ClaimsPrincipal actor, Guid id, IReadOnlyList<Guid> expertIds, CancellationToken ct = default)
    {
        var nomination = await GetOverseenAsync(actor, id, ct);
        if (nomination.PublishedAt is not null)
        {
            throw new ConflictException("评选结果已发布，不能再调整评审专家组。");
        }
        var panel = await PanelAsync(id, ct);
        var added = expertIds.Distinct().Where(e => panel.All(p => p.ExpertId != e)).ToList();
        var found = new List<Guid>();
        foreach (var expertId in added)
        {
            var expert = await users.FindByIdAsync(expertId.ToString()) ?? throw new FieldException("expertIds", $"用户 {expertId} 不存在。");
            if (expert.SchoolId == nomination.SchoolId)
            {
                throw new ConflictException($"{expert.DisplayName}是参评学校的人员，须回避，不能评审本校的项目。");
            }
            found.Add(expert.Id);
        }
        var pool = await experts.ActiveExpertsAsync(found, ct);
        if (found.FirstOrDefault(e => !pool.Contains(e)) is var outside && outside != Guid.Empty)
        {
            var name = (await users.FindByIdAsync(outside.ToString()))!.DisplayName;
            throw new FieldException("expertIds", $"{name}不是专家库中在聘的专家，不能参加评审。");
        }
        foreach (var expertId in found)
        {
            db.Add(new PanelMember { NominationId = id, ExpertId = expertId, AssignedById = actor.UserId()!.Value });
        }
        await db.SaveChangesAsync(ct);
        return await PanelAsync(id, ct);
    }

    /// <summary>The panel members' totals, one per expert who scored.</summary>
    public async Task<List<decimal>> TotalsAsync(Guid id, CancellationToken ct = default)
    {
        var panel = (await PanelAsync(id, ct)).Select(p => p.ExpertId).ToList();
        return (await db.Set<Score>().Where(s => s.NominationId == id && panel.Contains(s.ReviewerId)).Select(s => new { s.ReviewerId, s.Points }).ToListAsync(ct))
            .GroupBy(s => s.ReviewerId).Select(g => (decimal)g.Sum(s => s.Points)).ToList();
    }

    /// <summary>
    /// Publishes the result, the (trimmed) mean of the panel's totals, only when enough experts
    /// scored and the result reaches the kind's threshold; otherwise nothing changes and 409 says why.
    /// </summary>
    public async Task<Nomination> PublishAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var nomination = await GetOverseenAsync(actor, id, ct);
        var tracked = await db.Set<Nomination>().FirstAsync(n => n.Id == id, ct);
        if (nomination.PublishedAt is not null)
        {
            throw new ConflictException("评选结果已发布。");
        }
        var rule = await RuleAsync(nomination.Kind, ct);
        var totals = await TotalsAsync(id, ct);
        if (totals.Count < rule.MinimumScores)
        {
            throw new ConflictException($"只有 {totals.Count} 位评审专家评分，至少需要 {rule.MinimumScores} 位，不能发布结果。");
        }
        var result = rule.ResultOf(totals);
        if (result < rule.PublishThreshold)
        {
            throw new ConflictException($"评审结果 {result:0.##} 分，低于{nomination.Kind.ToChinese()}的发布分数线 {rule.PublishThreshold:0.##} 分，不予发布。");
        }
        tracked.Publish(result);
        await db.SaveChangesAsync(ct);
        return tracked;
    }

    /// <summary>Evidence is seen by the school, the panel, the region's administrator and the Admin.</summary>
    public async Task EnsureMaySeeEvidenceAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var nomination = await GetAsync(id, ct);
        var me = actor.UserId();
        if (!await regions.OverseesSchoolAsync(actor, nomination.SchoolId, ct)
            && !await db.Set<PanelMember>().AnyAsync(p => p.NominationId == id && p.ExpertId == me, ct))
        {
            throw new NotFoundException("参评项目的材料不存在。");
        }
    }

    /// <summary>A nomination the actor administers: the Admin any, a RegionAdmin their region's (others: 403).</summary>
    private async Task<Nomination> GetOverseenAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct)
    {
        var nomination = await GetAsync(id, ct);
        if (!actor.OverseesRegion(await regions.RegionOfAsync(nomination.SchoolId, ct)))
        {
            throw new ForbiddenException("只能管理本地区学校的参评项目。");
        }
        return nomination;
    }
}
