using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public static class ApplicationEndpoints
{
    public sealed record BatchRequest(
        [property: Required(ErrorMessage = "请填写批次名称。"), StringLength(100)] string? Name,
        string? Region,
        [property: Required(ErrorMessage = "请填写开始日期。")] DateOnly? Opens,
        [property: Required(ErrorMessage = "请填写截止日期。")] DateOnly? Closes);

    public sealed record ApplicationRequest(
        [property: Required(ErrorMessage = "请选择申报批次。")] Guid? BatchId,
        Guid? SchoolId,
        [property: Required(ErrorMessage = "请选择专业。")] string? SpecialtyCode,
        [property: StringLength(2000)] string? Reason);

    public sealed record DecisionRequest(
        [property: Required(ErrorMessage = "请选择是否批准。")] bool? Approve,
        [property: StringLength(2000)] string? Comment);

    /// <summary>An application is its school's business until decided in public figures: others see only their own school's.</summary>
    private static Guid? VisibleSchool(ClaimsPrincipal user, Guid? asked)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return asked;
        }
        var own = user.SchoolId() ?? throw new ForbiddenException("只有管理员和申报学校可以查看专业申报。");
        return asked is null || asked == own ? own : throw new ForbiddenException("只能查看本校的专业申报。");
    }

    public static void MapApplicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var batches = endpoints.MapApiGroup("/api/v1/batches", "专业申报");
        batches.MapGet("/", async (ApplicationService service) => TypedResults.Ok(await service.BatchesAsync()))
            .AllowAnonymous()
            .WithSummary("申报批次");
        batches.MapPost("/", async (BatchRequest r, ApplicationService service) =>
            {
                var batch = await service.CreateBatchAsync(r.Name!, r.Region, r.Opens!.Value, r.Closes!.Value);
                return TypedResults.Created($"/api/v1/batches/{batch.Id}", batch);
            })
            .RequireAuthorization(ReformPermissions.ApproveApplications.Name)
            .WithSummary("设立申报批次（地区为空则全国）");

        var applications = endpoints.MapApiGroup("/api/v1/applications", "专业申报");
        applications.MapGet("/", async (Guid? batchId, Guid? schoolId, ApplicationStatus? status, ClaimsPrincipal user, ApplicationService service) =>
                TypedResults.Ok(await service.ListAsync(batchId, VisibleSchool(user, schoolId), status)))
            .RequireAuthorization()
            .WithSummary("专业申报列表（可按批次、学校、状态筛选）")
            .WithDescription("管理员看到全部；学校只看到本校的申报（schoolId 被限定为本校）。");
        applications.MapPost("/", Apply)
            .RequireAuthorization(ReformPermissions.ApplySpecialties.Name)
            .WithSummary("学校申报实施一个一体化专业；超过地区每批次上限时 409");
        applications.MapPost("/{id:guid}/decision", async (Guid id, DecisionRequest r, ClaimsPrincipal user, ApplicationService service) =>
                TypedResults.Ok(await service.DecideAsync(user, id, r.Approve!.Value, r.Comment)))
            .RequireAuthorization(ReformPermissions.ApproveApplications.Name)
            .WithSummary("审批专业申报（批准后计入目标进展；不批准须填写意见）");
    }

    private static async Task<Created<SpecialtyApplication>> Apply(ApplicationRequest r, ClaimsPrincipal user, ApplicationService service)
    {
        var school = r.SchoolId ?? user.SchoolIdOrThrow();
        var application = await service.ApplyAsync(user, r.BatchId!.Value, school, r.SpecialtyCode!.Trim(), r.Reason);
        return TypedResults.Created($"/api/v1/applications/{application.Id}", application);
    }
}

internal static class UserSchool
{
    public static Guid SchoolIdOrThrow(this ClaimsPrincipal user) =>
        Core.Security.ResourceHubClaims.SchoolId(user) ?? throw new FieldException("schoolId", "请选择学校。");
}
