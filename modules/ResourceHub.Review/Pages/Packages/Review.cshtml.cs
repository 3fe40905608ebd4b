using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Packages;

/// <summary>The author's view: status, the opinions of every reviewed version, the history; submit and revise.</summary>
[Authorize]
public sealed class ReviewStatusModel(IPackageViews views, ReviewQueries queries, ReviewGate gate) : PageModel
{
    /// <summary>The package as this user may see it: the working version for its school and deciders, else the published one.</summary>
    public PackageView Package { get; private set; } = null!;
    public List<Models.Review> Reviews { get; private set; } = [];
    public List<HistoryEntry> History { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>修改说明: required when a returned version goes back to its reviewers, who read it beside the changes.</summary>
    [BindProperty]
    public string? ChangeNote { get; set; }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        if (string.IsNullOrWhiteSpace(ChangeNote) && (await views.ForAsync(User, id))?.Status == PackageStatus.Returned)
        {
            ModelState.AddModelError(nameof(ChangeNote), "退回后重新提交，请填写修改说明：按审核意见修改了哪些内容。");
            return await LoadAsync(id) ? Page() : NotFound();
        }
        return await RunAsync(id, () => gate.SubmitAsync(User, id, ChangeNote), "已提交审核。");
    }

    public Task<IActionResult> OnPostReviseAsync(Guid id) => RunAsync(id, () => gate.ReviseAsync(User, id), "已开始修订新版本；新版本审核通过前，其他人看到的仍是已发布版本。");

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<PackageView>> step, string message)
    {
        try
        {
            await step();
            Done = message;
            return RedirectToPage();
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            ModelState.AddDomainError(e);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        try
        {
            Package = await views.ForAsync(User, id) ?? throw new NotFoundException("资源包不存在，或您无权查看。");
            Reviews = await queries.ReviewsOfAsync(User, id);
            History = await queries.HistoryAsync(User, id);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanEdit = PackageAccess.CanEdit(User, Package.SchoolId);
        return true;
    }
}
