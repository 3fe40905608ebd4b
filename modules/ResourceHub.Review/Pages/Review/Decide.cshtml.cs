using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Review;

/// <summary>
/// The reviewer's desk: the version under review (metadata, every file in place, extracted text
/// to search), what changed since the last reviewed version with the author's 修改说明, earlier
/// opinions, and the decision form with the type's checklist.
/// </summary>
[Authorize]
public sealed class DecideModel(ReviewQueries queries, ReviewGate gate, ResourceHub.Schools.ISchoolDirectory schools, ReviewWorkspace workspace) : PageModel
{
    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "请选择审核结论。")]
        public Decision? Decision { get; set; }

        [StringLength(10_000, ErrorMessage = "审核意见最长 10000 字。")]
        public string? Comment { get; set; }

        /// <summary>The checklist points the reviewer found met.</summary>
        public List<string> Checklist { get; set; } = [];
    }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    /// <summary>An assigned expert's reason for declining (利益冲突、无法按期).</summary>
    [BindProperty]
    public string? DeclineReason { get; set; }

    public ReviewAssignment? MyAssignment { get; private set; }
    public ReviewQueries.SelectionContext? Selection { get; private set; }

    public Models.Review Review { get; private set; } = null!;
    /// <summary>Everything beside the form; its Version is null for a catalogue textbook that is not on this site.</summary>
    public ReviewWorkspace.Desk Desk { get; private set; } = null!;
    public ResourceHub.Resources.PackageView? Version => Desk.Version;
    public bool CanDecide { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await gate.DecideAsync(User, id, Input.Decision!.Value, Input.Comment, Input.Checklist);
                Done = $"已提交审核结论：{Input.Decision!.Value.ToChinese()}。";
                return RedirectToPage();
            }
            catch (DomainException e) when (e is not NotFoundException)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id)
    {
        try
        {
            await gate.DeclineAsync(User, id, DeclineReason);
            Done = "已拒绝这项审核任务，系统已改派其他专家。";
            return RedirectToPage("/Review/Index");
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            ModelState.AddModelError(nameof(DeclineReason), e.Message);
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        try
        {
            Review = await queries.GetReviewAsync(User, id);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Desk = await workspace.ForAsync(Review, HttpContext.RequestAborted);
        CanDecide = ReviewerIdentity.From(User)?.CanDecideNow(Review) == true;
        MyAssignment = User.UserId() is { } me ? Review.ActiveAssignmentOf(me) : null;
        Selection = await queries.SelectionContextAsync(Review, schools);
        return true;
    }
}
