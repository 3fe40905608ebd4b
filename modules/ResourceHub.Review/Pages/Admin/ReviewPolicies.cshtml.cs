using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Admin;

/// <summary>审核规则: expert approvals per resource type, national default and regional overrides.</summary>
[Authorize(Policy = "ManageReviewPolicies")]
public sealed class ReviewPoliciesModel(ReviewPolicies policies) : PageModel
{
    public sealed class PolicyInput
    {
        public string? Region { get; set; }

        [Required(ErrorMessage = "请选择资源类型。")]
        public ResourceType? ResourceType { get; set; }

        [Required(ErrorMessage = "请填写专家审核人数。"), Range(0, 9, ErrorMessage = "专家审核人数应在 0 到 9 之间。")]
        public int? ExpertApprovals { get; set; }

        [Range(1, 90, ErrorMessage = "专家审核期限应在 1 到 90 天之间。")]
        public int? DueDays { get; set; } = 14;

        public bool SelectionNeedsExpert { get; set; }
    }

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public List<ReviewPolicy> Policies { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => Policies = await policies.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                await policies.SetAsync(Input.Region, Input.ResourceType!.Value, Input.ExpertApprovals!.Value,
                    dueDays: Input.DueDays ?? 14, selectionNeedsExpert: Input.SelectionNeedsExpert);
                Done = "审核规则已保存，对此后进入专家审核阶段的资源包生效。";
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        Policies = await policies.ListAsync();
        return Page();
    }
}
