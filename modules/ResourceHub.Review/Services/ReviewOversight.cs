using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// 督导 figures on review: per stage, how many were decided (throughput), how many wait, and the
/// mean time from opening to decision. Rows name the stage and version, never a draft's content.
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
        return new OversightSection("reviews", "审核（按环节的办结量与用时）", 20, figures);
    }
}
