using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services.Oversight;

/// <summary>督导: evaluations by kind: nominated, scored by a full panel, published.</summary>
public sealed class EvaluationOversight(ResourceHubDbContext db) : IOversightSource
{
    public async Task<OversightSection> CountAsync(OversightScope scope, CancellationToken ct)
    {
        var ids = scope.Schools.Keys.ToList();
        var nominations = await db.Set<Nomination>().AsNoTracking().Where(n => ids.Contains(n.SchoolId))
            .Select(n => new
            {
                n.Id, n.Kind, n.Title, n.SchoolId, n.FinalScore, n.PublishedAt,
                Scored = db.Set<Score>().Where(s => s.NominationId == n.Id).Select(s => s.ReviewerId).Distinct().Count(),
            })
            .ToListAsync(ct);
        var figures = new List<OversightFigure>();
        foreach (var kind in Enum.GetValues<ShowcaseKind>())
        {
            var ofKind = nominations.Where(n => n.Kind == kind).OrderBy(n => n.Title).ToList();
            var all = ofKind.Select(n => new OversightRow(n.Title, scope.Schools[n.SchoolId],
                n.PublishedAt is null ? $"{n.Scored} 位专家已评分，未发布" : $"已发布，{n.FinalScore:0.##} 分", $"/api/v1/nominations/{n.Id}")).ToList();
            var published = all.Where((_, i) => ofKind[i].PublishedAt is not null).ToList();
            figures.Add(new($"{kind}.nominated", kind.ToChinese(), "参评", all.Count, "项", all));
            figures.Add(new($"{kind}.published", kind.ToChinese(), "已发布", published.Count, "项", published));
        }
        return new OversightSection("evaluations", "评选（优质课堂、精品课程、示范专业、院校评价）", 50, figures);
    }
}
