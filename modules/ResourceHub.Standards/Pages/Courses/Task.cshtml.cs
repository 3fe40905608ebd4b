using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Courses;

/// <summary>Edits one learning task of a course.</summary>
[Authorize(Policy = "ManageCatalogue")]
public sealed class TaskModel(CurriculumService curriculum) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        var task = await LoadAsync(id, taskId, ct);
        Input = new TaskInput { Name = task.Name, WorkTask = task.WorkTask, Hours = task.Hours };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        await LoadAsync(id, taskId, ct);
        if (ModelState.AddRequestErrors(Input.ToRequest(), "Input."))
        {
            var task = await curriculum.UpdateTaskAsync(id, taskId, Input.Name!, Input.WorkTask!, Input.Hours, ct);
            TempData["Done"] = $"学习任务“{task.Name}”已保存。";
            return Redirect($"/courses/{id}/edit");
        }
        return Page();
    }

    private async Task<LearningTask> LoadAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        Course = await curriculum.GetCourseAsync(id, ct);
        return Course.Tasks.FirstOrDefault(t => t.Id == taskId) ?? throw new NotFoundException("学习任务不存在。");
    }
}
