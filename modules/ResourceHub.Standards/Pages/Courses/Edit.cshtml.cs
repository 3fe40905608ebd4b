using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Courses;

/// <summary>One course: its fields, its learning tasks, and the form that adds a task.</summary>
[Authorize(Policy = "ManageCatalogue")]
public sealed class EditModel(CurriculumService curriculum) : PageModel
{
    public CourseInput Input { get; private set; } = new();

    public TaskInput NewTask { get; private set; } = new();

    public Course Course { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Course = await curriculum.GetCourseAsync(id, ct);
        Input = new CourseInput { SpecialtyCode = Course.SpecialtyCode, Name = Course.Name, Description = Course.Description, Hours = Course.Hours };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = "Input")] CourseInput input, CancellationToken ct)
    {
        Course = await curriculum.GetCourseAsync(id, ct);
        Input = input;
        // The specialty is the course's own: the form does not offer to move it.
        input.SpecialtyCode = Course.SpecialtyCode;
        return await SaveAsync(input.ToRequest(), "Input.", () => curriculum.UpdateCourseAsync(id, Course.SpecialtyCode, input.Name!, input.Description, input.Hours, ct), "课程已保存。");
    }

    public async Task<IActionResult> OnPostTaskAsync(Guid id, [Bind(Prefix = "NewTask")] TaskInput task, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        NewTask = task;
        return await SaveAsync(task.ToRequest(), "NewTask.", () => curriculum.AddTaskAsync(id, task.Name!, task.WorkTask!, task.Hours, ct), $"已添加学习任务“{task.Name?.Trim()}”。");
    }

    private async Task<IActionResult> SaveAsync(object request, string prefix, Func<Task> save, string done)
    {
        if (ModelState.AddRequestErrors(request, prefix))
        {
            try
            {
                await save();
                Done = done;
                return RedirectToPage();
            }
            catch (DomainException e) when (e is not NotFoundException)
            {
                ModelState.AddDomainError(e, prefix);
            }
        }
        return Page();
    }
}
