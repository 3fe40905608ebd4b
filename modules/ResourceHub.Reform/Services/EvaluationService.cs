using ResourceHub.Review;
using ResourceHub.Standards;
using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Resources;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>
/// Evaluations: nominations with their evidence, a panel of assigned experts scoring against the
/// kind's rubric, and results published only when the kind's rule (as data) allows.
/// </summary>
public sealed partial class EvaluationService(
    ResourceHubDbContext db, ISchoolDirectory schools, RegionScope regions, IPackageViews packages,
    ISpecialtyCatalog specialties, UserManager<ResourceHubUser> users, IExpertDirectory experts)
{
    /// <summary>What a school puts forward, and what it rests on.</summary>
    public sealed record NominationInput(ShowcaseKind Kind, string Title, string? Description, Guid SchoolId, string? SpecialtyCode, Guid? CourseId = null, IReadOnlyList<Guid>? PackageIds = null);

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
        // A criterion left out goes, unless an expert already scored it: scores are never rewritten.
        var names = criteria.Select(c => c.Name.Trim()).ToHashSet();
        foreach (var dropped in existing.Where(c => !names.Contains(c.Name)))
        {
            if (await db.Set<Score>().AnyAsync(s => s.CriterionId == dropped.Id, ct))
            {
                throw new ConflictException($"评分项“{dropped.Name}”已有专家评分，不能删除。");
            }
            db.Remove(dropped);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<Nomination> NominateAsync(ClaimsPrincipal actor, NominationInput input, CancellationToken ct = default)
    {
        if (!actor.ActsFor(input.SchoolId))
        {
            throw new ForbiddenException("只能推荐本校的课堂、课程、专业或本校参加院校评价。");
        }
        // Here, not only on the API's request: the page posts straight to this service.
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            throw new FieldException("title", "请填写参评项目名称。");
        }
        await schools.GetAsync(input.SchoolId, ct);
        var code = string.IsNullOrWhiteSpace(input.SpecialtyCode) ? null : input.SpecialtyCode.Trim();
        if (code is not null && await specialties.FindAsync(code, ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{code}”不在专业目录中。");
        }
        if (input.Kind == ShowcaseKind.ModelSpecialty && code is null)
        {
            throw new FieldException("specialtyCode", "示范专业评选须指明专业。");
        }
        if (input.CourseId is { } courseId)
        {
            var specialty = await specialties.SpecialtyOfCourseAsync(courseId, ct);
            code ??= specialty;
        }
        var ids = (input.PackageIds ?? []).Distinct().ToList();
        var found = await packages.PublishedAsync(ids, ct);
        if (ids.FirstOrDefault(id => found.All(p => p.Id != id || p.SchoolId != input.SchoolId)) is var missing && missing != Guid.Empty)
        {
            throw new FieldException("packageIds", $"资源包 {missing} 不是本校已发布的资源包：评选只能引用本校已通过审核的资源。");
        }
        var nomination = new Nomination
        {
            Kind = input.Kind, Title = input.Title.Trim(), Description = input.Description?.Trim() ?? "", SchoolId = input.SchoolId,
            SpecialtyCode = code, CourseId = input.CourseId, PackageIds = ids,
        };
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
        if (!await db.Set<PanelMember>().AnyAsync(p => p.NominationId == id && p.ExpertId == reviewer, ct))
        {
            throw new ForbiddenException("只有受指派的评审专家组成员可以为该项目评分。");
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

    public async Task<List<Showcase>> ShowcasesAsync(int take, CancellationToken ct = default)
    {
        // On the home page: the newest few from the database, not every result ever published.
        var published = await db.Set<Nomination>().AsNoTracking().Where(n => n.PublishedAt != null)
            .OrderByDescending(n => n.PublishedAt).Take(take).ToListAsync(ct);
        var names = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        return published.Select(n => new Showcase(n, names.GetValueOrDefault(n.SchoolId, ""))).ToList();
    }
}
