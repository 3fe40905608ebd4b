using ResourceHub.Core.Content;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// 督导 figures on review: per stage, how many were decided (throughput), how many wait, and the
/// mean time from opening to decision; and the expert assignments that ran past their due date. Rows name the stage and version, never a draft's content.
/// </summary>
public sealed class ReviewOversight(ResourceHubDbContext db) : IOversightSource
{
    public async Task<OversightSection> CountAsync(OversightScope scope, CancellationToken cancellationToken)
    {
        var ids = scope.Schools.Keys.ToList();
        var reviews = await db.Set<Models.Review>().AsNoTracking().Where(r => ids.Contains(r.SchoolId))
            .Select(r => new { r.Id, r.SchoolId, r.Stage, r.Status, r.Version, r.OpenedAt, r.ClosedAt })
            .ToListAsync(cancellationToken);
        var figures = new List<OversightFigure>();
        foreach (var stage in Enum.GetValues<ReviewStage>())
        {
            var ofStage = reviews.Where(r => r.Stage == stage).ToList();
            OversightRow Row(Guid id, Guid school, int version, string detail) =>
                new($"{stage.ToChinese()} · 第 {version} 版（{id.ToString()[..8]}）", scope.Schools[school], detail, null);
            var decided = ofStage.Where(r => r.ClosedAt is not null)
                .Select(r => (Hours: (decimal)(r.ClosedAt!.Value - r.OpenedAt).TotalHours, r))
                .ToList();
            var decidedRows = decided.Select(d => Row(d.r.Id, d.r.SchoolId, d.r.Version, $"{d.r.Status.ToChinese()}，用时 {d.Hours:0.#} 小时")).ToList();
            var waiting = ofStage.Where(r => r.ClosedAt is null)
                .Select(r => Row(r.Id, r.SchoolId, r.Version, $"待审核，已等待 {(scope.Now - r.OpenedAt).TotalHours:0.#} 小时")).ToList();
            var mean = decided.Count == 0 ? 0 : Math.Round(decided.Average(d => d.Hours), 1);
            figures.Add(new($"{stage}.decided", stage.ToChinese(), "已办结", decided.Count, "件", decidedRows));
            figures.Add(new($"{stage}.pending", stage.ToChinese(), "待审核", waiting.Count, "件", waiting));
            figures.Add(new($"{stage}.hours", stage.ToChinese(), "平均用时", mean, "小时", decidedRows));
        }
        figures.Add(await OverdueAsync(scope, reviews.Select(r => r.Id).ToList(), cancellationToken));
        return new OversightSection("reviews", "审核（按环节的办结量与用时）", 20, figures);
    }

    /// <summary>Expert assignments past their due date: still open, or already reassigned for it (逾期已改派).</summary>
    private async Task<OversightFigure> OverdueAsync(OversightScope scope, List<Guid> reviewIds, CancellationToken ct)
    {
        var now = scope.Now;
        var late = await db.Set<ReviewAssignment>().AsNoTracking()
            .Where(a => reviewIds.Contains(a.ReviewId) && (a.Status == AssignmentStatus.Overdue || a.Status == AssignmentStatus.Active))
            .Join(db.Set<Models.Review>(), a => a.ReviewId, r => r.Id, (a, r) => new { a.UserId, a.Status, a.DueAt, a.AssignedAt, r.SchoolId, r.Stage, r.Version, ReviewId = r.Id })
            .ToListAsync(ct);
        late = late.Where(a => a.Status == AssignmentStatus.Overdue || a.DueAt < now).ToList();
        var userIds = late.Select(a => a.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var rows = late.OrderBy(a => a.DueAt).Select(a => new OversightRow(
            $"{a.Stage.ToChinese()} · 第 {a.Version} 版（{a.ReviewId.ToString()[..8]}）", scope.Schools[a.SchoolId],
            $"专家 {names.GetValueOrDefault(a.UserId) ?? "?"}，应于 {a.DueAt.ToChinaTime():yyyy-MM-dd} 前审核，{a.Status.ToChinese()}", null)).ToList();
        return new("assignments.overdue", "专家指派", "逾期", rows.Count, "项", rows);
    }
}
