using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Endpoints;

/// <summary>A teacher's learning: progress reported by the viewer and the player, assignments, the organiser's marks.</summary>
public static class LearningEndpoints
{
    public sealed record ProgressRequest([property: Required(ErrorMessage = "请指明文件。")] Guid? FileId, int? Page, int? PageCount, double? WatchedSeconds, double? Duration);

    public sealed record SubmitRequest([property: Required(ErrorMessage = "请指明作业资源包。")] Guid? PackageId);

    public sealed record MarkRequest([property: Required(ErrorMessage = "请选择通过或退回。")] bool? Passed, [property: StringLength(1000)] string? Comment);

    public static void MapLearningEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var enrolments = endpoints.MapApiGroup("/api/v1/training/enrolments", "研修").RequireAuthorization();
        enrolments.MapGet("/", async (ClaimsPrincipal user, EnrolmentService service) => TypedResults.Ok(await service.AllMineAsync(user)))
            .WithSummary("我的研修报名及进度");
        enrolments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, EnrolmentService service) => TypedResults.Ok(await service.GetVisibleAsync(user, id)))
            .WithSummary("一位教师的研修进度（本人、本校学校管理员、组织者可见；其他人 404）");
        enrolments.MapPost("/{id:guid}/withdraw", async (Guid id, ClaimsPrincipal user, EnrolmentService service) => TypedResults.Ok(await service.WithdrawAsync(user, id)))
            .WithSummary("退出研修（候补名单第一位递补）");
        enrolments.MapPost("/{id:guid}/units/{unitId:guid}/mark", async (Guid id, Guid unitId, MarkRequest r, ClaimsPrincipal user, LearningService service) =>
                TypedResults.Ok(await service.MarkAsync(user, id, unitId, r.Passed!.Value, r.Comment)))
            .WithSummary("组织者评阅作业或登记直播/面授出勤（退回须写意见）");

        var units = endpoints.MapApiGroup("/api/v1/training/units", "研修").RequireAuthorization();
        units.MapPost("/{unitId:guid}/progress", async (Guid unitId, ProgressRequest r, ClaimsPrincipal user, LearningService service) =>
                TypedResults.Ok(await service.ReportAsync(user, unitId, new(r.FileId!.Value, r.Page, r.PageCount, r.WatchedSeconds, r.Duration))))
            .WithSummary("页面内阅读器报告已读到的页、播放器报告已播放的秒数（由播放器的 played 区间计算）");
        units.MapPost("/{unitId:guid}/assignment", async (Guid unitId, ClaimsPrincipal user, AssignmentService service) =>
                TypedResults.Ok(new { packageId = await service.StartAsync(user, unitId) }))
            .WithSummary("开始作业：为本校新建一个草稿资源包（与其他资源包一样须经审核）");
        units.MapPost("/{unitId:guid}/assignment/submit", async (Guid unitId, SubmitRequest r, ClaimsPrincipal user, AssignmentService service) =>
                TypedResults.Ok(await service.SubmitAsync(user, unitId, r.PackageId!.Value)))
            .WithSummary("提交作业给组织者评阅（资源包须已有文件）");
    }
}
