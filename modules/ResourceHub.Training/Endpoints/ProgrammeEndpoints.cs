using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Endpoints;

/// <summary>研修基地 and 研修项目: the registry, the catalogue, building, enrolling, the participants.</summary>
public static class ProgrammeEndpoints
{
    public sealed record BaseRequest(
        [property: Required(ErrorMessage = "请填写研修基地名称。"), StringLength(200)] string? Name,
        [property: Required(ErrorMessage = "请填写所在地区。")] string? Region,
        BaseLevel? Level, IReadOnlyList<string>? SpecialtyCodes, [property: StringLength(200)] string? Contact, Guid? HostSchoolId);

    public sealed record ProgrammeRequest(
        [property: Required(ErrorMessage = "请填写研修项目名称。"), StringLength(200)] string? Title,
        [property: StringLength(4000)] string? Description,
        [property: Required(ErrorMessage = "请选择组织者类型：Region、Base 或 School。")] OrganiserKind? OrganiserKind,
        Guid? OrganiserId, string? Region,
        [property: Required(ErrorMessage = "请选择专业。")] string? SpecialtyCode,
        [property: Required(ErrorMessage = "请填写学时。")] decimal? Hours,
        [property: Required(ErrorMessage = "请填写开始日期。")] DateOnly? Start,
        [property: Required(ErrorMessage = "请填写结束日期。")] DateOnly? End,
        [property: Required(ErrorMessage = "请填写名额。")] int? Capacity);

    public sealed record UnitRequest(
        [property: Required(ErrorMessage = "请选择单元类型：Package、Session 或 Assignment。")] UnitKind? Kind,
        [property: Required(ErrorMessage = "请填写单元名称。"), StringLength(200)] string? Title,
        Guid? PackageId, IReadOnlyList<Guid>? FileIds, DateTimeOffset? SessionAt, [property: StringLength(500)] string? Place,
        [property: StringLength(4000)] string? Instructions);

    public sealed record EnrolRequest(Guid? UserId, bool? WaitingList);

    public sealed record ProgrammeDto(TrainingProgramme Programme, IReadOnlyList<UnitService.UnitView> Units);

    public static void MapProgrammeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var bases = endpoints.MapApiGroup("/api/v1/training/bases", "研修");
        bases.MapGet("/", async (string? region, BaseService service) => TypedResults.Ok(await service.ListAsync(region)))
            .WithSummary("研修基地名录（可按地区筛选）");
        bases.MapPost("/", async (BaseRequest r, ClaimsPrincipal user, BaseService service) =>
            {
                var created = await service.CreateAsync(user, new(r.Name!, r.Region!, r.Level ?? BaseLevel.Regional, r.SpecialtyCodes, r.Contact, r.HostSchoolId));
                return TypedResults.Created($"/api/v1/training/bases/{created.Id}", created);
            })
            .RequireAuthorization().WithSummary("登记研修基地（管理员；地区管理员限本地区）");

        var programmes = endpoints.MapApiGroup("/api/v1/training/programmes", "研修");
        programmes.MapGet("/", async (string? specialtyCode, string? region, string? q, ProgrammeService service) =>
                TypedResults.Ok(await service.ListAsync(specialtyCode, region, q)))
            .WithSummary("研修项目目录（按专业、地区、关键词筛选）");
        programmes.MapGet("/{id:guid}", async (Guid id, ProgrammeService service, UnitService units) =>
            {
                var programme = await service.GetAsync(id);
                return TypedResults.Ok(new ProgrammeDto(programme, await units.ViewAsync(programme)));
            })
            .WithSummary("研修项目及其单元（资源单元只显示资源包的已发布版本）");
        programmes.MapPost("/", async (ProgrammeRequest r, ClaimsPrincipal user, ProgrammeService service) =>
            {
                var created = await service.CreateAsync(user, new(r.Title!, r.Description, r.OrganiserKind!.Value, r.OrganiserId, r.Region,
                    r.SpecialtyCode!, r.Hours!.Value, r.Start!.Value, r.End!.Value, r.Capacity!.Value));
                return TypedResults.Created($"/api/v1/training/programmes/{created.Id}", created);
            })
            .RequireAuthorization().WithSummary("创建研修项目（地区管理员、研修基地、学校管理员）");
        programmes.MapPost("/{id:guid}/units", async (Guid id, UnitRequest r, ClaimsPrincipal user, UnitService service) =>
            {
                var unit = await service.AddAsync(user, id, new(r.Kind!.Value, r.Title!, r.PackageId, r.FileIds, r.SessionAt, r.Place, r.Instructions));
                return TypedResults.Created($"/api/v1/training/programmes/{id}", unit);
            })
            .RequireAuthorization().WithSummary("添加单元：已发布资源包（或其中部分文件）、直播/面授、作业");
        programmes.MapPost("/{id:guid}/enrolments", async (Guid id, EnrolRequest? r, ClaimsPrincipal user, EnrolmentService service) =>
            {
                var enrolment = await service.EnrolAsync(user, id, r?.UserId, r?.WaitingList ?? false);
                return TypedResults.Created($"/api/v1/training/enrolments/{enrolment.Id}", enrolment);
            })
            .RequireAuthorization().WithSummary("报名（本人，或学校管理员为本校教师报名）；名额已满时 409，waitingList=true 则加入候补名单");
        programmes.MapGet("/{id:guid}/participants", async (Guid id, string? format, ClaimsPrincipal user, ParticipantTable table) =>
            {
                var built = await table.BuildAsync(user, id);
                return format == "xlsx"
                    ? Results.File(ParticipantTable.ToExcel(built), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"参训教师-{built.Programme.Title}.xlsx")
                    : Results.Ok(built.Rows.Select(p => new
                    {
                        p.Enrolment.Id, p.Enrolment.UserId, p.Enrolment.TeacherName, p.Enrolment.SchoolId, p.SchoolName, p.Enrolment.Status,
                        units = p.Cells.Select(c => new { c.UnitId, c.State, c.Done }), p.CertificateCode,
                    }));
            })
            .RequireAuthorization().WithSummary("参训教师及各单元进度（组织者看全部，学校管理员看本校）；format=xlsx 导出 Excel");
    }
}
