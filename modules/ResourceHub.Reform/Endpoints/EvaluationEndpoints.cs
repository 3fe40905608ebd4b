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
        string? SpecialtyCode);

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
                var n = await service.NominateAsync(user, r.Kind!.Value, r.Title!, r.Description, r.SchoolId ?? user.SchoolIdOrThrow(), r.SpecialtyCode);
                return TypedResults.Created($"/api/v1/nominations/{n.Id}", n);
            })
            .RequireAuthorization(ReformPermissions.Nominate.Name)
            .WithSummary("推荐参评项目");
        group.MapPost("/{id:guid}/scores", async (Guid id, ScoreRequest r, ClaimsPrincipal user, EvaluationService service) =>
                TypedResults.Ok(new { total = await service.ScoreAsync(user, id, r.Scores!.Select(s => new EvaluationService.Points(s.CriterionId!.Value, s.Score!.Value)).ToList()) }))
            .RequireAuthorization(ReformPermissions.ScoreNominations.Name)
            .WithSummary("专家按评价标准评分；每项须在 0 到满分之间，否则 400");
        group.MapPost("/{id:guid}/publish", async (Guid id, EvaluationService service) => TypedResults.Ok(await service.PublishAsync(id)))
            .RequireAuthorization(ReformPermissions.ApproveApplications.Name)
            .WithSummary("发布评选结果（专家总分的平均），并在专区首页展示");

        endpoints.MapApiGroup("/api/v1/rubrics", "评选")
            .MapGet("/{kind}", async (ShowcaseKind kind, EvaluationService service) => TypedResults.Ok(await service.RubricAsync(kind)))
            .AllowAnonymous()
            .WithSummary("某类评选的评价标准（评分项与满分）");
    }
}
