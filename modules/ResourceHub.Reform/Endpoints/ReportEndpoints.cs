using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Services;
using ResourceHub.Reform.Services.Oversight;

namespace ResourceHub.Reform.Endpoints;

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/reports", "督导报告").RequireAuthorization();
        group.MapGet("/region", async (string? region, string? format, string? figure, ClaimsPrincipal user, OversightService reports, CancellationToken ct) =>
                Answer(await reports.RegionAsync(user, region, ct), format, figure))
            .WithSummary("地区督导报告：资源包（类型×状态）、审核（环节、办结量、用时）、目标进展（按阶段）、培训（人次与人）、课时（地区系数）、评选、改革师资；format=xlsx 导出 Excel；figure= 返回该指标统计的明细行")
            .WithDescription("系统管理员可查看任何地区；地区管理员只能查看本地区；其他用户 403。");
        group.MapGet("/schools/{id:guid}", async (Guid id, string? format, string? figure, ClaimsPrincipal user, OversightService reports, CancellationToken ct) =>
                Answer(await reports.SchoolAsync(user, id, ct), format, figure))
            .WithSummary("学校督导报告（内容同地区报告）；format=xlsx 导出 Excel；figure= 返回明细行")
            .WithDescription("系统管理员、学校所在地区的地区管理员、本校学校管理员可查看；其他用户 403。");
    }

    private static IResult Answer(OversightService.Report report, string? format, string? figure)
    {
        if (!string.IsNullOrEmpty(figure))
        {
            var found = report.Find(figure) ?? throw new FieldException("figure", $"报告中没有指标“{figure}”。");
            return TypedResults.Ok(new { figure, section = found.Section.Title, found.Figure.Group, found.Figure.Label, found.Figure.Value, found.Figure.Unit, rows = found.Figure.Rows });
        }
        return format?.ToLowerInvariant() switch
        {
            null or "" or "json" => TypedResults.Ok(report),
            "xlsx" => TypedResults.File(OversightSheet.Write(report), WorkloadSheet.ContentType, $"督导报告-{report.Name}.xlsx"),
            _ => throw new FieldException("format", "format 只能是 json 或 xlsx。"),
        };
    }
}
