using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Endpoints;

public static class StandardEndpoints
{
    public sealed record SectionsRequest(
        [property: Required(ErrorMessage = "请填写培养目标。")] string? TrainingGoals,
        [property: Required(ErrorMessage = "请填写课程安排。")] string? CourseArrangement,
        [property: Required(ErrorMessage = "请填写课程规范。")] string? CourseNorms,
        [property: Required(ErrorMessage = "请填写实施建议。")] string? ImplementationAdvice,
        [property: Required(ErrorMessage = "请填写考核与评价。")] string? Assessment,
        [property: Required(ErrorMessage = "请选择技能等级。")] string[]? SkillLevels)
    {
        public StandardSections Sections => new(TrainingGoals!, CourseArrangement!, CourseNorms!, ImplementationAdvice!, Assessment!);
    }

    public sealed record CreateRequest(
        [property: Required(ErrorMessage = "请选择专业。")] string? SpecialtyCode,
        [property: Required(ErrorMessage = "请填写课程标准名称。"), StringLength(200)] string? Title,
        [property: Required(ErrorMessage = "请填写课程标准内容。")] SectionsRequest? Content);

    public sealed record VersionRequest(
        [property: Required(ErrorMessage = "请填写课程标准内容。")] SectionsRequest? Content,
        [property: StringLength(1000)] string? Note);

    public sealed record AdaptRequest(Guid? SchoolId);

    public sealed record VersionDto(int Number, string Note, DateTimeOffset CreatedAt);

    public sealed record StandardDto(
        Guid Id, string SpecialtyCode, string Title, Guid? SchoolId, Guid? SourceId, int? SourceVersion, int? SourceLatestVersion,
        bool SourceUpdated, int Version, IReadOnlyList<string> SkillLevels, StandardSections Sections, IReadOnlyList<VersionDto> Versions,
        IReadOnlyList<CurriculumEndpoints.CourseDto>? Courses = null)
    {
        public static StandardDto From(StandardService.View v, IReadOnlyList<CurriculumEndpoints.CourseDto>? courses = null) => new(
            v.Standard.Id, v.Standard.SpecialtyCode, v.Standard.Title, v.Standard.SchoolId, v.Standard.SourceId, v.Standard.SourceVersion,
            v.SourceLatestVersion, v.SourceUpdated, v.Current.Number, v.Current.SkillLevels, v.Current.Sections,
            v.Versions.Select(x => new VersionDto(x.Number, x.Note, x.CreatedAt)).ToList(), courses);
    }

    public static void MapStandardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/standards", "课程与课程标准");
        group.MapGet("/", async (string? specialtyCode, Guid? schoolId, StandardService standards) =>
                TypedResults.Ok(await standards.ListAsync(specialtyCode, schoolId)))
            .AllowAnonymous()
            .WithSummary("课程标准列表（国家标准 schoolId 为空；校本标准带 sourceId）");
        group.MapGet("/{id:guid}", async (Guid id, StandardService standards, CurriculumService curriculum, IEnumerable<ILinkedResources> links) =>
            {
                var view = await standards.GetAsync(id);
                var courses = await CurriculumEndpoints.ToDtosAsync(await curriculum.CoursesAsync(view.Standard.SpecialtyCode), links);
                return TypedResults.Ok(StandardDto.From(view, courses));
            })
            .AllowAnonymous()
            .WithSummary("课程标准的最新版本：五个部分、技能等级、版本历史、各学习任务的已发布资源；sourceUpdated 表示来源有新版本");
        group.MapGet("/{id:guid}/changes", async (Guid id, StandardService standards) => TypedResults.Ok(await standards.ChangesAsync(id)))
            .AllowAnonymous()
            .WithSummary("校本标准相对来源版本的逐部分差异，以及来源新版本的变化");
        group.MapPost("/", async (CreateRequest r, ClaimsPrincipal user, StandardService standards) =>
            {
                var s = await standards.CreateAsync(user, r.SpecialtyCode!.Trim(), r.Title!, r.Content!.Sections, r.Content.SkillLevels!);
                return TypedResults.Created($"/api/v1/standards/{s.Id}", StandardDto.From(await standards.GetAsync(s.Id)));
            })
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("发布国家课程标准（第 1 版；系统管理员）");
        group.MapPost("/{id:guid}/versions", async (Guid id, VersionRequest r, ClaimsPrincipal user, StandardService standards) =>
            {
                await standards.AddVersionAsync(user, id, r.Content!.Sections, r.Content.SkillLevels!, r.Note);
                return TypedResults.Created($"/api/v1/standards/{id}", StandardDto.From(await standards.GetAsync(id)));
            })
            .RequireAuthorization()
            .WithSummary("修订课程标准：新增一个不可修改的版本（国家标准由系统管理员，校本标准由本校学校管理员）");
        group.MapPost("/{id:guid}/adaptations", async (Guid id, AdaptRequest r, ClaimsPrincipal user, StandardService standards) =>
            {
                var school = r.SchoolId ?? user.SchoolId() ?? throw new FieldException("schoolId", "请选择学校。");
                var copy = await standards.AdaptAsync(user, id, school);
                return TypedResults.Created($"/api/v1/standards/{copy.Id}", StandardDto.From(await standards.GetAsync(copy.Id)));
            })
            .RequireAuthorization(StandardsPermissions.AdaptStandards.Name)
            .WithSummary("校本转化：把国家课程标准复制为本校标准，记住来源版本");
        group.MapPost("/{id:guid}/align", async (Guid id, ClaimsPrincipal user, StandardService standards) =>
            {
                await standards.AlignAsync(user, id);
                return TypedResults.Ok(StandardDto.From(await standards.GetAsync(id)));
            })
            .RequireAuthorization(StandardsPermissions.AdaptStandards.Name)
            .WithSummary("已阅来源的新版本：校本标准从此与来源最新版本对照");
    }
}
