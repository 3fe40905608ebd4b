using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Endpoints;

public static class ReviewEndpoints
{
    /// <summary>A decision; <c>comment</c> (审核意见) is required for Return and Reject.</summary>
    public sealed record DecisionRequest(
        [property: Required(ErrorMessage = "请选择审核结论：Approve、Return 或 Reject。")] Decision? Decision,
        [property: StringLength(10_000, ErrorMessage = "审核意见最长 10000 字。")] string? Comment,
        string[]? Checklist = null);

    public static void MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var packages = endpoints.MapApiGroup("/api/v1/packages", "审核");
        packages.MapGet("/{id:guid}/history", History).WithSummary("资源包历史（只增不改）");
        packages.MapGet("/{id:guid}/reviews", ReviewsOf).WithSummary("资源包各版本的审核与审核意见");

        var reviews = endpoints.MapApiGroup("/api/v1/reviews", "审核");
        reviews.MapGet("/", Queue).RequireAuthorization().WithSummary("审核队列：mine=true 为本人现在可以审核的任务");
        reviews.MapGet("/{id:guid}", Get).RequireAuthorization().WithSummary("查看审核任务");
        reviews.MapPost("/{id:guid}/decision", Decide).RequireAuthorization()
            .WithSummary("作出审核决定（Approve / Return / Reject）")
            .WithDescription("作者本人或不符合资格者 403；已决定 409；退回或不通过未填意见 400。");
    }


    private static async Task<Ok<List<HistoryDto>>> History(Guid id, ClaimsPrincipal user, ReviewQueries queries) =>
        TypedResults.Ok((await queries.HistoryAsync(user, id)).Select(HistoryDto.From).ToList());

    private static async Task<Ok<List<ReviewDto>>> ReviewsOf(Guid id, ClaimsPrincipal user, ReviewQueries queries) =>
        TypedResults.Ok((await queries.ReviewsOfAsync(user, id)).Select(r => ReviewDto.From(r)).ToList());

    private static async Task<Ok<List<ReviewDto>>> Queue(ClaimsPrincipal user, ReviewQueries queries, bool? mine) =>
        TypedResults.Ok((await queries.QueueAsync(user, mine ?? true)).Select(ReviewDto.From).ToList());

    private static async Task<Ok<ReviewDto>> Get(Guid id, ClaimsPrincipal user, ReviewQueries queries) =>
        TypedResults.Ok(ReviewDto.From(await queries.GetReviewAsync(user, id)));

    private static async Task<Ok<ReviewDto>> Decide(Guid id, DecisionRequest request, ClaimsPrincipal user, ReviewGate gate) =>
        TypedResults.Ok(ReviewDto.From(await gate.DecideAsync(user, id, request.Decision!.Value, request.Comment, request.Checklist)));
}
