using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Evaluations: nominations, experts' scores against the kind's rubric, published results.</summary>
public sealed class EvaluationService(ResourceHubDbContext db, SchoolService schools)
{
    public sealed record Points(Guid CriterionId, int Score);

    public sealed record Showcase(Nomination Nomination, string SchoolName);

    public Task<List<RubricCriterion>> RubricAsync(ShowcaseKind kind, CancellationToken ct = default) =>
        db.Set<RubricCriterion>().AsNoTracking().Where(c => c.Kind == kind).OrderBy(c => c.Order).ToListAsync(ct);

    public async Task SetRubricAsync(ShowcaseKind kind, IReadOnlyList<(string Name, int MaxScore)> criteria, CancellationToken ct = default)
    {
        if (criteria.Count == 0 || criteria.Any(c => c.MaxScore <= 0 || string.IsNullOrWhiteSpace(c.Name)))
        {
            throw new FieldException("criteria", "评价标准至少有一项，每项需要名称和大于 0 的满分。");
        }
        var existing = await db.Set<RubricCriterion>().Where(c => c.Kind == kind).ToListAsync(ct);
        for (var i = 0; i < criteria.Count; i++)
        {
            var (name, max) = criteria[i];
            var criterion = existing.FirstOrDefault(c => c.Name == name.Trim());
            if (criterion is null)
            {
                db.Add(new RubricCriterion { Kind = kind, Name = name.Trim(), MaxScore = max, Order = i });
            }
            else
            {
                criterion.MaxScore = max;
                criterion.Order = i;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<Nomination> NominateAsync(ClaimsPrincipal actor, ShowcaseKind kind, string title, string? description, Guid schoolId, string? specialtyCode, CancellationToken ct = default)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能推荐本校的课堂、课程或专业。");
        }
        // Here, not only on the API's request: the page posts straight to this service.
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new FieldException("title", "请填写参评项目名称。");
        }
        await schools.GetAsync(schoolId, ct);
        var nomination = new Nomination { Kind = kind, Title = title.Trim(), Description = description?.Trim() ?? "", SchoolId = schoolId, SpecialtyCode = specialtyCode };
        db.Add(nomination);
        await db.SaveChangesAsync(ct);
        return nomination;
    }

    public Task<List<Nomination>> ListAsync(ShowcaseKind? kind, CancellationToken ct = default) =>
        db.Set<Nomination>().AsNoTracking().Where(n => kind == null || n.Kind == kind).OrderByDescending(n => n.CreatedAt).ToListAsync(ct);

    public async Task<Nomination> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Nomination>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("参评项目不存在。");

    /// <summary>An expert scores every criterion of the rubric once; a score past a criterion's maximum is refused.</summary>
    public async Task<int> ScoreAsync(ClaimsPrincipal expert, Guid id, IReadOnlyList<Points> points, CancellationToken ct = default)
    {
        var nomination = await GetAsync(id, ct);
        if (nomination.PublishedAt is not null)
        {
            throw new ConflictException("评选结果已发布，不能再评分。");
        }
        var reviewer = expert.UserId()!.Value;
        if (expert.SchoolId() == nomination.SchoolId)
        {
            throw new ForbiddenException("专家不能为本校的参评项目评分。");
        }
        var rubric = await RubricAsync(nomination.Kind, ct);
        foreach (var criterion in rubric)
        {
            var given = points.Where(p => p.CriterionId == criterion.Id).ToList();
            if (given.Count != 1)
            {
                throw new FieldException("scores", $"请为“{criterion.Name}”打一次分。");
            }
            if (given[0].Score < 0 || given[0].Score > criterion.MaxScore)
            {
                throw new FieldException("scores", $"“{criterion.Name}”的得分应在 0 到 {criterion.MaxScore} 之间，收到 {given[0].Score}。");
            }
        }
        if (points.FirstOrDefault(p => rubric.All(c => c.Id != p.CriterionId)) is { } stray)
        {
            throw new FieldException("scores", $"评分项 {stray.CriterionId} 不属于{nomination.Kind.ToChinese()}的评价标准。");
        }
        if (await db.Set<Score>().AnyAsync(s => s.NominationId == id && s.ReviewerId == reviewer, ct))
        {
            throw new ConflictException("您已为该项目评过分。");
        }
        db.AddRange(points.Select(p => new Score { NominationId = id, ReviewerId = reviewer, CriterionId = p.CriterionId, Points = p.Score }));
        await db.SaveChangesAsync(ct);
        return points.Sum(p => p.Score);
    }

    /// <summary>Publishes the result: the average of the experts' totals.</summary>
    public async Task<Nomination> PublishAsync(Guid id, CancellationToken ct = default)
    {
        var nomination = await db.Set<Nomination>().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("参评项目不存在。");
        if (nomination.PublishedAt is not null)
        {
            throw new ConflictException("评选结果已发布。");
        }
        var totals = (await db.Set<Score>().Where(s => s.NominationId == id).Select(s => new { s.ReviewerId, s.Points }).ToListAsync(ct))
            .GroupBy(s => s.ReviewerId).Select(g => (decimal)g.Sum(s => s.Points)).ToList();
        if (totals.Count == 0)
        {
            throw new ConflictException("还没有专家评分，不能发布结果。");
        }
        nomination.Publish(Math.Round(totals.Average(), 2));
        await db.SaveChangesAsync(ct);
        return nomination;
    }

    public async Task<List<Showcase>> ShowcasesAsync(int take, CancellationToken ct = default)
    {
        // On the home page: the newest few from the database, not every result ever published.
        var published = await db.Set<Nomination>().AsNoTracking().Where(n => n.PublishedAt != null)
            .OrderByDescending(n => n.PublishedAt).Take(take).ToListAsync(ct);
        var names = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        return published.Select(n => new Showcase(n, names.GetValueOrDefault(n.SchoolId, ""))).ToList();
    }
}
