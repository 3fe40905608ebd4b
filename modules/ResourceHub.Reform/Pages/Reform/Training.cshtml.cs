using ResourceHub.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Pages.Reform;

[Authorize(Policy = "RecordTraining")]
public sealed class TrainingModel(TrainingService training, ISchoolDirectory schools) : PageModel
{
    public List<TrainingRecord> Records { get; private set; } = [];
    public IReadOnlyList<SchoolInfo> Schools { get; private set; } = [];
    public TrainingService.ImportResult? Result { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var own = User.IsInRole(Roles.Admin) ? null : User.SchoolId();
        Records = (await training.ListAsync(User, null, ct)).Take(200).ToList();
        Schools = own is { } id ? [await schools.GetAsync(id, ct)] : await schools.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string teacherName, Guid schoolId, string courseName, decimal hours, DateOnly date, string trainingBase, CancellationToken ct)
    {
        try
        {
            await training.AddAsync(User, new(teacherName ?? "", schoolId, courseName ?? "", hours, date, trainingBase ?? ""), ct);
            Done = "已登记。";
            return RedirectToPage();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            await OnGetAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await training.DeleteAsync(User, id, ct);
            Done = "已删除（删除记录保留在历史中）。";
            return RedirectToPage();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            await OnGetAsync(ct);
            return Page();
        }
    }

    /// <summary>"检查" runs a dry run; "导入" saves only a sheet without bad rows.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? sheet, bool dryRun, CancellationToken ct)
    {
        if (sheet is not { Length: > 0 })
        {
            ModelState.AddModelError(string.Empty, "请选择 Excel 工作簿（.xlsx）。");
        }
        else
        {
            try
            {
                Result = await training.ImportAsync(User, sheet, dryRun, ct);
                if (Result.Saved)
                {
                    Done = $"已导入 {Result.Rows} 行：新增 {Result.Added} 条，更新 {Result.Updated} 条，{Result.Unchanged} 条已存在未重复登记。";
                    return RedirectToPage();
                }
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e);
            }
        }
        await OnGetAsync(ct);
        return Page();
    }
}
