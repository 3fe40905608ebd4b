using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Admin;

/// <summary>专家库: the pool, appointing and suspending, overdue and understaffed assignments, the national catalogue.</summary>
[Authorize]
public sealed class ExpertsModel(ExpertPool pool, ReviewGate gate, ReviewQueries queries, NationalCatalogue catalogue,
    UserManager<ResourceHubUser> users, TimeProvider clock) : PageModel
{
    public sealed class AppointInput
    {
        [Required(ErrorMessage = "请填写用户名。")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "请填写专业或专业大类代码。")]
        public string? SpecialtyCodes { get; set; }

        public string? Region { get; set; }

        [Required(ErrorMessage = "请填写工作单位。"), StringLength(200, ErrorMessage = "工作单位最长 200 字。")]
        public string? Organisation { get; set; }

        [Required(ErrorMessage = "请填写聘期开始日期。")]
        public DateOnly? AppointedFrom { get; set; }

        public DateOnly? AppointedTo { get; set; }
    }

    [BindProperty]
    public AppointInput Input { get; set; } = new();

    public List<ExpertPool.ExpertView> Experts { get; private set; } = [];
    public List<ReviewQueries.AssignmentRow> Overdue { get; private set; } = [];
    public List<ReviewQueries.AssignmentRow> Recent { get; private set; } = [];
    public int Understaffed { get; private set; }
    public bool IsAdmin => User.IsInRole(Core.Security.Roles.Admin);

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ExpertPool.MayList(User))
        {
            return Forbid();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var user = await users.FindByNameAsync(Input.UserName!.Trim()) ?? throw new FieldException("userName", "用户不存在。");
                var codes = Input.SpecialtyCodes!.Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries);
                await pool.AppointAsync(User, new(user.Id, codes, Input.Region, Input.Organisation!, Input.AppointedFrom!.Value, Input.AppointedTo));
                Done = $"已聘任“{user.DisplayName}”为专家。";
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id)
    {
        try
        {
            await gate.SuspendExpertAsync(User, id, "管理员暂停");
            Done = "已暂停该专家，其未完成的审核任务已改派。";
        }
        catch (DomainException e)
        {
            Done = e.Message;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReassignAsync()
    {
        if (!IsAdmin)
        {
            return Forbid();
        }
        var moved = await gate.ReassignOverdueAsync(clock.GetUtcNow());
        Done = $"已改派 {moved} 项逾期任务。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCatalogueAsync(IFormFile? file)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }
        try
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldException("file", "请选择目录 Excel 文件。");
            }
            await using var stream = file.OpenReadStream();
            var result = await catalogue.ImportAsync(stream);
            Done = $"教材目录已导入：新增 {result.Added} 种，更新 {result.Updated} 种，跳过 {result.Skipped} 行。";
        }
        catch (DomainException e)
        {
            Done = e.Message;
        }
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Experts = await pool.ListAsync(User);
        if (IsAdmin)
        {
            Overdue = await queries.AssignmentsAsync(true, clock.GetUtcNow());
            Recent = (await queries.AssignmentsAsync(false, clock.GetUtcNow())).Take(30).ToList();
            Understaffed = (await queries.UnderstaffedAsync()).Count;
        }
    }
}
