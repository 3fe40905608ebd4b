using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Endpoints;

public static class InboxAndPolicyEndpoints
{
    /// <summary>region empty or null: the national default.</summary>
    public sealed record PolicyRequest(
        string? Region,
        [property: Required(ErrorMessage = "请选择资源类型。")] ResourceType? ResourceType,
        [property: Required(ErrorMessage = "请填写专家审核人数。"), Range(0, 9, ErrorMessage = "专家审核人数应在 0 到 9 之间。")] int? ExpertApprovals,
        [property: Range(1, 90, ErrorMessage = "专家审核期限应在 1 到 90 天之间。")] int? DueDays,
        bool? SelectionNeedsExpert);

    public static void MapInboxAndPolicyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/v1/inbox", "站内消息")
            .MapGet("/", Inbox).RequireAuthorization().WithSummary("本人的站内消息，最新在前");

        var policies = endpoints.MapApiGroup("/api/v1/review-policies", "审核");
        policies.MapGet("/", ListPolicies).WithSummary("审核规则：各资源类型需要的专家审核人数（全国默认与地区覆盖）");
        policies.MapPut("/", SetPolicy).RequireAuthorization(ReviewPermissions.ManagePolicies.Name).WithSummary("设置审核规则（管理员）");

        var checklists = endpoints.MapApiGroup("/api/v1/review-checklists", "审核");
        checklists.MapGet("/{resourceType}", async (ResourceType resourceType, ReviewChecklists lists) => TypedResults.Ok(await lists.ItemsAsync(resourceType)))
            .WithSummary("某类资源的审核要点（审核时逐条勾选，随审核结论记录并印在审核意见表上）");
        checklists.MapPut("/{resourceType}", async (ResourceType resourceType, ChecklistRequest request, ReviewChecklists lists) =>
                TypedResults.Ok(await lists.SetAsync(resourceType, request.Items!)))
            .RequireAuthorization(ReviewPermissions.ManagePolicies.Name).WithSummary("设置某类资源的审核要点（管理员）");
    }

    public sealed record ChecklistRequest([property: Required(ErrorMessage = "请填写审核要点。")] string[]? Items);

    private static async Task<Ok<List<InboxDto>>> Inbox(ClaimsPrincipal user, ReviewQueries queries) =>
        TypedResults.Ok((await queries.InboxAsync(user)).Select(InboxDto.From).ToList());

    private static async Task<Ok<List<PolicyDto>>> ListPolicies(ReviewPolicies policies) =>
        TypedResults.Ok((await policies.ListAsync()).Select(PolicyDto.From).ToList());

    private static async Task<Ok<PolicyDto>> SetPolicy(PolicyRequest request, ReviewPolicies policies) =>
        TypedResults.Ok(PolicyDto.From(await policies.SetAsync(request.Region, request.ResourceType!.Value, request.ExpertApprovals!.Value,
            dueDays: request.DueDays ?? 14, selectionNeedsExpert: request.SelectionNeedsExpert ?? false)));
}
