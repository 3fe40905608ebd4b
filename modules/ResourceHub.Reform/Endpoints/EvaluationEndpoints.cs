using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public static class EvaluationEndpoints
{
    public sealed record NominationRequest(
        [property: Required(ErrorMessage = "请选择评选类别。")] ShowcaseKind? Kind,
        [property: Required(ErrorMessage = "请填写名称。"), StringLength(200)] string? Title,
        [property: StringLength(10_000)] string? Description,
        Guid? SchoolId,
        [property: StringLength(20)] string? SpecialtyCode,
        Guid? CourseId,
        Guid[]? PackageIds);

    public sealed record PanelRequest([property: Required(ErrorMessage = "请选择评审专家。"), MinLength(1, ErrorMessage = "请选择评审专家。")] Guid[]? ExpertIds);

    public sealed record CriterionRequest([property: Required(ErrorMessage = "请填写评分项名称。"), StringLength(200)] string? Name, [property: Required, Range(1, 1000)] int? MaxScore);

    public sealed record RubricRequest([property: Required(ErrorMessage = "请填写评分项。")] CriterionRequest[]? Criteria);

    public sealed record RuleRequest(
        [property: Required, Range(3, 100, ErrorMessage = "最少评分人数应在 3 到 100 之间。")] int? MinimumScores,
        [property: Range(3, 100)] int? TrimFrom,
        [property: Required(ErrorMessage = "请填写发布分数线。"), Range(0, 1000)] decimal? PublishThreshold);

    public sealed record PointsRequest([property: Required] Guid? CriterionId, [property: Required] int? Score);

    public sealed record ScoreRequest([property: Required(ErrorMessage = "请为每个评分项打分。")] PointsRequest[]? Scores);

    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/nominations", "评选");
        group.MapGet("/", async (ShowcaseKind? kind, EvaluationService service) => TypedResults.Ok(await service.ListAsync(kind)))
            .AllowAnonymous()
            .WithSummary("参评项目（优质课堂、精品课程、示范专业）");
        group.MapGet("/{id:guid}", async (Guid id, EvaluationService service) => TypedResults.Ok(await service.GetAsync(id)))
            .AllowAnonymous()
            .WithSummary("一个参评项目及其发布的结果");
        group.MapPost("/", async (NominationRequest r, ClaimsPrincipal user, EvaluationService service) =>
            {
                var n = await service.NominateAsync(user, new(r.Kind!.Value, r.Title!, r.Description, r.SchoolId ?? user.SchoolIdOrThrow(), r.SpecialtyCode, r.CourseId, r.PackageIds));
                return TypedResults.Created($"/api/v1/nominations/{n.Id}", n);
            })
            .RequireAuthorization(ReformPermissions.Nominate.Name)
            .WithSummary("推荐参评项目：可关联本校已发布的资源包（packageIds）、课程（courseId）或专业（specialtyCode）");
        group.MapPost("/{id:guid}/evidence", async (Guid id, HttpRequest request, ClaimsPrincipal user, EvaluationService service, AttachmentService files, CancellationToken ct) =>
            {
                var n = await service.GetAsync(id, ct);
                Attachments.EnsureMayAttach(user, n.SchoolId, n.PublishedAt is null, "评选结果已发布，不能再添加佐证材料。");
                return await Attachments.UploadAsync(request, user, files, AttachmentOwner.Nomination, id, ct);
            })
            .RequireAuthorization(ReformPermissions.Nominate.Name)
            .DisableAntiforgery()
            .WithSummary("上传佐证材料（multipart 字段 file）");
        group.MapGet("/{id:guid}/evidence", async (Guid id, ClaimsPrincipal user, EvaluationService service, AttachmentService files, CancellationToken ct) =>
            {
                await service.EnsureMaySeeEvidenceAsync(user, id, ct);
                return TypedResults.Ok((await files.ListAsync(AttachmentOwner.Nomination, id, ct)).Select(AttachmentDto.From));
            })
            .RequireAuthorization()
            .WithSummary("佐证材料（参评学校、评审专家组、所在地区的地区管理员、系统管理员）");
        group.MapGet("/{id:guid}/panel", async (Guid id, ClaimsPrincipal user, EvaluationService service, CancellationToken ct) =>
            {
                await service.EnsureMaySeeEvidenceAsync(user, id, ct);
                return TypedResults.Ok(await service.PanelAsync(id, ct));
            })
            .RequireAuthorization()
            .WithSummary("评审专家组");
        group.MapPost("/{id:guid}/panel", async (Guid id, PanelRequest r, ClaimsPrincipal user, EvaluationService service) =>
                TypedResults.Ok(await service.AssignPanelAsync(user, id, r.ExpertIds!)))
            .RequireAuthorization(ReformPermissions.ApproveApplications.Name)
            .WithSummary("指派评审专家（审核专家，须回避参评学校；系统管理员，地区管理员限本地区）");
        group.MapPost("/{id:guid}/scores", async (Guid id, ScoreRequest r, ClaimsPrincipal user, EvaluationService service) =>
                TypedResults.Ok(new { total = await service.ScoreAsync(user, id, r.Scores!.Select(s => new EvaluationService.Points(s.CriterionId!.Value, s.Score!.Value)).ToList()) }))
            .RequireAuthorization(ReformPermissions.ScoreNominations.Name)
            .WithSummary("专家按评价标准评分；每项须在 0 到满分之间，否则 400");
        group.MapPost("/{id:guid}/publish", async (Guid id, ClaimsPrincipal user, EvaluationService service) => TypedResults.Ok(await service.PublishAsync(user, id)))
            .RequireAuthorization(ReformPermissions.ApproveApplications.Name)
            .WithSummary("发布评选结果（专家组总分的平均，人数够多时去掉最高和最低分）；评分人数不足或低于分数线时 409，不发布");

        var rubrics = endpoints.MapApiGroup("/api/v1/rubrics", "评选");
        rubrics.MapGet("/{kind}", async (ShowcaseKind kind, EvaluationService service) => TypedResults.Ok(await service.RubricAsync(kind)))
            .AllowAnonymous()
            .WithSummary("某类评选的评价标准（评分项与满分）");
        rubrics.MapPut("/{kind}", async (ShowcaseKind kind, RubricRequest r, EvaluationService service) =>
            {
                await service.SetRubricAsync(kind, r.Criteria!.Select(c => (c.Name!, c.MaxScore!.Value)).ToList());
                return TypedResults.Ok(await service.RubricAsync(kind));
            })
            .RequireAuthorization(ReformPermissions.ManageReform.Name)
            .WithSummary("修改评价标准（系统管理员）；已有评分的评分项不能删除");
        var rules = endpoints.MapApiGroup("/api/v1/evaluation-rules", "评选");
        rules.MapGet("/{kind}", async (ShowcaseKind kind, EvaluationService service) => TypedResults.Ok(await service.RuleAsync(kind)))
            .AllowAnonymous()
            .WithSummary("某类评选的发布规则：最少评分人数、去掉最高最低分的起始人数、发布分数线");
        rules.MapPut("/{kind}", async (ShowcaseKind kind, RuleRequest r, EvaluationService service) =>
                TypedResults.Ok(await service.SetRuleAsync(kind, r.MinimumScores!.Value, r.TrimFrom, r.PublishThreshold!.Value)))
            .RequireAuthorization(ReformPermissions.ManageReform.Name)
            .WithSummary("修改发布规则（系统管理员）");
    }
}
