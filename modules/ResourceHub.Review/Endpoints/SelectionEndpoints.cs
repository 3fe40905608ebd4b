using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Endpoints;

public static class SelectionEndpoints
{
    public sealed record SelectionRequestBody(
        Guid? PackageId,
        [property: Required(ErrorMessage = "请填写课程名称。"), StringLength(200, ErrorMessage = "课程名称最长 200 字。")] string? CourseName,
        [property: StringLength(100, ErrorMessage = "学期最长 100 字。")] string? Term,
        [property: Required(ErrorMessage = "请填写选用理由。"), StringLength(4000, ErrorMessage = "选用理由最长 4000 字。")] string? Reason,
        [property: Range(1, 100_000, ErrorMessage = "预计使用人数应在 1 到 100000 之间。")] int? Students,
        [property: StringLength(200, ErrorMessage = "学习任务最长 200 字。")] string? LearningTask,
        Guid? CatalogueEntryId = null);

    public static void MapSelectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/selections", "教材选用");
        group.MapPost("/", Request).RequireAuthorization().WithSummary("申请选用已发布的教材（packageId），或本站未收录的规划教材目录中的教材（catalogueEntryId），进入选用审核");
        group.MapGet("/{id:guid}", Get).RequireAuthorization().WithSummary("查看选用申请");
        group.MapGet("/", List).RequireAuthorization().WithSummary("本校的选用申请（schoolId，默认本校）");

        endpoints.MapApiGroup("/api/v1/schools", "教材选用")
            .MapGet("/{id:guid}/textbooks", Textbooks)
            .WithSummary("学校的教材选用目录：仅审核通过的选用，按课程和学期");
    }

    private static async Task<Created<SelectionDto>> Request(SelectionRequestBody body, ClaimsPrincipal user, ReviewGate gate)
    {
        var selection = await gate.RequestSelectionAsync(user, new(body.PackageId, body.CourseName!, body.Term, body.Reason!, body.LearningTask, body.Students, body.CatalogueEntryId));
        return TypedResults.Created($"/api/v1/selections/{selection.Id}", SelectionDto.From(selection));
    }

    private static async Task<Ok<SelectionDto>> Get(Guid id, ClaimsPrincipal user, ReviewQueries queries) =>
        TypedResults.Ok(SelectionDto.From(await queries.GetSelectionAsync(user, id)));

    private static async Task<Results<Ok<List<SelectionDto>>, ProblemHttpResult>> List(ClaimsPrincipal user, ReviewQueries queries, Guid? schoolId)
    {
        if ((schoolId ?? user.SchoolId()) is not { } school)
        {
            return Problems.BadRequest("请指定 schoolId。");
        }
        return TypedResults.Ok((await queries.SelectionsOfAsync(user, school)).Select(SelectionDto.From).ToList());
    }

    private static async Task<Ok<List<ReviewQueries.TextbookEntry>>> Textbooks(Guid id, ReviewQueries queries) =>
        TypedResults.Ok(await queries.TextbooksOfAsync(id));
}
