using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Endpoints;

/// <summary>The expert pool (专家库), declining an assignment, and the national textbook catalogue.</summary>
public static class ExpertEndpoints
{
    public sealed record AppointRequest(
        [property: Required(ErrorMessage = "请选择要聘任的用户。")] Guid? UserId,
        [property: Required(ErrorMessage = "请至少填写一个专业或专业大类代码。")] string[]? SpecialtyCodes,
        [property: StringLength(50)] string? Region,
        [property: Required(ErrorMessage = "请填写工作单位。"), StringLength(200, ErrorMessage = "工作单位最长 200 字。")] string? Organisation,
        [property: Required(ErrorMessage = "请填写聘期开始日期。")] DateOnly? AppointedFrom,
        DateOnly? AppointedTo);

    public sealed record SuspendRequest([property: StringLength(1000, ErrorMessage = "理由最长 1000 字。")] string? Reason);

    public sealed record DeclineRequest([property: Required(ErrorMessage = "请说明拒绝审核的理由。"), StringLength(2000, ErrorMessage = "理由最长 2000 字。")] string? Reason);

    public static void MapExpertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var experts = endpoints.MapApiGroup("/api/v1/experts", "专家库").RequireAuthorization();
        experts.MapPost("/", Appoint).WithSummary("聘任专家（系统管理员；地区管理员限本地区）")
            .WithDescription("学校管理员不能聘任专家，也不能通过授予角色产生专家：专家只来自专家库的聘任。");
        experts.MapGet("/", List).WithSummary("专家库（specialtyCode、region 筛选）");
        experts.MapPost("/{id:guid}/suspend", Suspend).WithSummary("暂停专家：不再指派，也不能作出决定；其未完成的任务改派他人");

        endpoints.MapApiGroup("/api/v1/reviews", "审核").MapPost("/{id:guid}/decline", Decline).RequireAuthorization()
            .WithSummary("被指派的专家拒绝审核任务（须说明理由），系统改派其他专家");
        endpoints.MapApiGroup("/api/v1/review-assignments", "专家库").MapGet("/", Assignments)
            .RequireAuthorization(ReviewPermissions.ManagePolicies.Name).WithSummary("专家指派：overdue=true 为已逾期未改派的任务（管理员）");

        var catalogue = endpoints.MapApiGroup("/api/v1/textbook-catalogue", "教材选用");
        catalogue.MapGet("/", Catalogue).WithSummary("全国技工教育规划教材目录（q 按书名或书号查找）");
        catalogue.MapPost("/import", Import).RequireAuthorization(ReviewPermissions.ManagePolicies.Name).DisableAntiforgery()
            .WithSummary("导入全国技工教育规划教材目录（Excel .xlsx，multipart 字段 file；按书号更新）");
    }

    private static async Task<Created<ExpertPool.ExpertView>> Appoint(AppointRequest request, ClaimsPrincipal user, ExpertPool pool)
    {
        var expert = await pool.AppointAsync(user, new(request.UserId!.Value, request.SpecialtyCodes!, request.Region, request.Organisation!,
            request.AppointedFrom!.Value, request.AppointedTo));
        var view = (await pool.ListAsync(user)).Single(e => e.Id == expert.Id);
        return TypedResults.Created($"/api/v1/experts/{expert.Id}", view);
    }

    private static async Task<Ok<List<ExpertPool.ExpertView>>> List(ClaimsPrincipal user, ExpertPool pool, string? specialtyCode, string? region) =>
        TypedResults.Ok(await pool.ListAsync(user, specialtyCode, region));

    private static async Task<NoContent> Suspend(Guid id, SuspendRequest? request, ClaimsPrincipal user, ReviewGate gate)
    {
        await gate.SuspendExpertAsync(user, id, request?.Reason);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Decline(Guid id, DeclineRequest request, ClaimsPrincipal user, ReviewGate gate)
    {
        await gate.DeclineAsync(user, id, request.Reason);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<AssignmentDto>>> Assignments(ReviewQueries queries, TimeProvider clock, bool? overdue) =>
        TypedResults.Ok((await queries.AssignmentsAsync(overdue ?? false, clock.GetUtcNow())).Select(r => AssignmentDto.From(r.Assignment)).ToList());

    private static async Task<Ok<List<CatalogueDto>>> Catalogue(NationalCatalogue catalogue, string? q) =>
        TypedResults.Ok((await catalogue.ListAsync(q)).Select(CatalogueDto.From).ToList());

    private static async Task<Results<Ok<NationalCatalogue.ImportResult>, ProblemHttpResult>> Import(IFormFile? file, NationalCatalogue catalogue)
    {
        if (file is null || file.Length == 0)
        {
            return Problems.BadRequest("请上传目录 Excel 文件（字段 file）。");
        }
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await catalogue.ImportAsync(stream));
    }
}
