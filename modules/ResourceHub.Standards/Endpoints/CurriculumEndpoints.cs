using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Endpoints;

public static class CurriculumEndpoints
{
    public sealed record CourseRequest(
        [property: Required(ErrorMessage = "请选择专业。")] string? SpecialtyCode,
        [property: Required(ErrorMessage = "请填写课程名称。"), StringLength(200, ErrorMessage = "课程名称最长 200 字。")] string? Name,
        [property: StringLength(10_000)] string? Description,
        [property: Range(1, 10_000, ErrorMessage = "学时应在 1 到 10000 之间。")] int? Hours);

    public sealed record TaskRequest(
        [property: Required(ErrorMessage = "请填写学习任务名称。"), StringLength(200)] string? Name,
        [property: Required(ErrorMessage = "请填写对应的典型工作任务。"), StringLength(200)] string? WorkTask,
        [property: Range(1, 10_000, ErrorMessage = "学时应在 1 到 10000 之间。")] int? Hours);

    public sealed record TaskDto(Guid Id, string Name, string WorkTask, int? Hours, IReadOnlyList<LinkedResource> Resources);

    public sealed record CourseDto(Guid Id, string SpecialtyCode, string Name, string Description, int? Hours, IReadOnlyList<TaskDto> Tasks);

    public static void MapCurriculumEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/courses", "课程与课程标准");
        group.MapGet("/", async (string? specialtyCode, CurriculumService curriculum, IEnumerable<ILinkedResources> links) =>
                TypedResults.Ok(await ToDtosAsync(await curriculum.CoursesAsync(specialtyCode), links)))
            .AllowAnonymous()
            .WithSummary("一体化课程及其学习任务，每个任务附已审核发布的资源包");
        group.MapGet("/{id:guid}", async (Guid id, CurriculumService curriculum, IEnumerable<ILinkedResources> links) =>
                TypedResults.Ok((await ToDtosAsync([await curriculum.GetCourseAsync(id)], links))[0]))
            .AllowAnonymous()
            .WithSummary("一门一体化课程");
        group.MapPost("/", async (CourseRequest r, CurriculumService curriculum) =>
            {
                var course = await curriculum.CreateCourseAsync(r.SpecialtyCode!.Trim(), r.Name!, r.Description, r.Hours);
                return TypedResults.Created($"/api/v1/courses/{course.Id}", ToDto(course));
            })
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("新增一体化课程（系统管理员）");
        group.MapPost("/{id:guid}/tasks", async (Guid id, TaskRequest r, CurriculumService curriculum) =>
            {
                var task = await curriculum.AddTaskAsync(id, r.Name!, r.WorkTask!, r.Hours);
                return TypedResults.Created($"/api/v1/courses/{id}", ToDto(task));
            })
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("为课程新增学习任务（来自典型工作任务；系统管理员）");
        group.MapPut("/{id:guid}", async (Guid id, CourseRequest r, CurriculumService curriculum) =>
                TypedResults.Ok(ToDto(await curriculum.UpdateCourseAsync(id, r.SpecialtyCode!.Trim(), r.Name!, r.Description, r.Hours))))
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("修改一体化课程（所属专业不可更改；系统管理员）");
        group.MapPut("/{id:guid}/tasks/{taskId:guid}", async (Guid id, Guid taskId, TaskRequest r, CurriculumService curriculum) =>
                TypedResults.Ok(ToDto(await curriculum.UpdateTaskAsync(id, taskId, r.Name!, r.WorkTask!, r.Hours))))
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("修改课程的学习任务（系统管理员）");
    }

    /// <summary>What a change answers: the saved fields, without the published resources a listing adds.</summary>
    private static CourseDto ToDto(Course c) => new(c.Id, c.SpecialtyCode, c.Name, c.Description, c.Hours, []);

    private static TaskDto ToDto(LearningTask t) => new(t.Id, t.Name, t.WorkTask, t.Hours, []);

    public static async Task<List<CourseDto>> ToDtosAsync(IReadOnlyList<Course> courses, IEnumerable<ILinkedResources> links)
    {
        var taskIds = courses.SelectMany(c => c.Tasks).Select(t => t.Id).ToList();
        var resources = new List<LinkedResource>();
        foreach (var source in links)
        {
            resources.AddRange(await source.PublishedForTasksAsync(taskIds, CancellationToken.None));
        }
        var byTask = resources.ToLookup(r => r.LearningTaskId);
        return courses.Select(c => new CourseDto(c.Id, c.SpecialtyCode, c.Name, c.Description, c.Hours,
            c.Tasks.OrderBy(t => t.Order).Select(t => new TaskDto(t.Id, t.Name, t.WorkTask, t.Hours, byTask[t.Id].ToList())).ToList())).ToList();
    }
}
