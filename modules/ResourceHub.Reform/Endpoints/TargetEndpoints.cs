using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public static class TargetEndpoints
{
    public sealed record TargetRequest(
        string? Region,
        [property: Required(ErrorMessage = "请填写专业目标。"), Range(0, 100_000, ErrorMessage = "目标应在 0 到 100000 之间。")] int? Specialties,
        [property: Required(ErrorMessage = "请填写院校目标。"), Range(0, 100_000, ErrorMessage = "目标应在 0 到 100000 之间。")] int? Schools,
        [property: Required(ErrorMessage = "请填写教师目标。"), Range(0, 1_000_000, ErrorMessage = "目标应在 0 到 1000000 之间。")] int? Teachers);

    public sealed record PhaseRequest(
        string? Region,
        [property: Required(ErrorMessage = "请填写阶段序号。"), Range(1, 20, ErrorMessage = "阶段序号应在 1 到 20 之间。")] int? Number,
        [property: Required(ErrorMessage = "请填写阶段名称。"), StringLength(100)] string? Name,
        [property: Required(ErrorMessage = "请填写开始日期。")] DateOnly? Start,
        [property: Required(ErrorMessage = "请填写结束日期。")] DateOnly? End,
        [property: Range(0, 100_000)] int? Specialties,
        [property: Range(0, 100_000)] int? Schools,
        [property: Range(0, 1_000_000)] int? Teachers);

    public sealed record RuleRequest(
        string? Region,
        [property: Range(0, 100, ErrorMessage = "申报上限应在 0 到 100 之间。")] int? TechnicianCollegeLimit,
        [property: Range(0, 100, ErrorMessage = "申报上限应在 0 到 100 之间。")] int? OtherSchoolLimit,
        [property: Required(ErrorMessage = "请填写一体化课时系数。")] decimal? IntegratedHoursMultiplier);

    public static void MapTargetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/targets", "改革目标");
        group.MapGet("/", async (string? region, ProgressService progress) => TypedResults.Ok(await progress.ReportAsync(region)))
            .AllowAnonymous()
            .WithSummary("目标与实际进展（不填 region 为全国；region 为省级行政区全称，未知地区 400）");
        group.MapPut("/", async (TargetRequest r, TargetService targets) =>
                TypedResults.Ok(await targets.SetTargetAsync(r.Region, r.Specialties!.Value, r.Schools!.Value, r.Teachers!.Value)))
            .RequireAuthorization(ReformPermissions.ManageReform.Name)
            .WithSummary("设定全国或某地区的总目标（系统管理员）");
        group.MapPut("/phases", async (PhaseRequest r, TargetService targets) =>
                TypedResults.Ok(await targets.SetPhaseAsync(r.Region, new(r.Number!.Value, r.Name!, r.Start!.Value, r.End!.Value, r.Specialties, r.Schools, r.Teachers))))
            .RequireAuthorization(ReformPermissions.ManageReform.Name)
            .WithSummary("设定一个阶段的日期与阶段目标（按序号新增或修改；系统管理员）");

        var rules = endpoints.MapApiGroup("/api/v1/regional-rules", "改革目标");
        rules.MapGet("/", async (RuleService service) => TypedResults.Ok(await service.ListAsync()))
            .AllowAnonymous()
            .WithSummary("地区规则：每批次申报上限、一体化课时系数（“全国”为默认）");
        rules.MapPut("/", async Task<Ok<RegionalRule>> (RuleRequest r, RuleService service) =>
                TypedResults.Ok(await service.SetAsync(r.Region, r.TechnicianCollegeLimit, r.OtherSchoolLimit, r.IntegratedHoursMultiplier!.Value)))
            .RequireAuthorization(ReformPermissions.ManageReform.Name)
            .WithSummary("设定某地区（或全国默认）的规则（系统管理员）");
    }
}
