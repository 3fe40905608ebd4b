using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Selections;

/// <summary>The school's selections: its textbook list (approved only), its requests, and a new request.</summary>
[Authorize(Policy = "RequestSelections")]
public sealed class SelectionsModel(ReviewQueries queries, ReviewGate gate, NationalCatalogue catalogue) : PageModel
{
    public sealed class SelectionInput
    {
        public Guid? PackageId { get; set; }

        /// <summary>A catalogue textbook that is not on this site, when no published one is chosen.</summary>
        public Guid? CatalogueEntryId { get; set; }

        [Required(ErrorMessage = "请填写课程名称。"), StringLength(200)]
        public string? CourseName { get; set; }

        [StringLength(100)]
        public string? Term { get; set; }

        [Required(ErrorMessage = "请填写选用理由。"), StringLength(4000)]
        public string? Reason { get; set; }
    }

    [BindProperty]
    public SelectionInput Input { get; set; } = new();

    public List<ReviewQueries.TextbookEntry> Textbooks { get; private set; } = [];
    public List<Selection> Requests { get; private set; } = [];
    public List<(Guid Id, string Title)> Selectable { get; private set; } = [];
    public List<CatalogueEntry> Catalogue { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    /// <param name="packageId">Pre-selects a textbook ("选用" on its package page).</param>
    public async Task<IActionResult> OnGetAsync(Guid? packageId)
    {
        if (User.SchoolId() is null)
        {
            return Forbid();
        }
        Input.PackageId = packageId;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                await gate.RequestSelectionAsync(User, new(Input.PackageId, Input.CourseName!, Input.Term, Input.Reason!, CatalogueEntryId: Input.CatalogueEntryId));
                Done = "已提交选用申请，审核通过后列入本校教材选用目录。";
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var school = User.SchoolId()!.Value;
        Textbooks = await queries.TextbooksOfAsync(school);
        Requests = await queries.SelectionsOfAsync(User, school);
        Selectable = await queries.SelectableTextbooksAsync();
        Catalogue = await catalogue.ListAsync();
    }
}
