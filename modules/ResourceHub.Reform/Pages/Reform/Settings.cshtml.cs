using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Pages.Reform;

/// <summary>The admin's page for the plans' data: targets, phases and regional rules.</summary>
[Authorize(Policy = "ManageReform")]
public sealed class SettingsModel(TargetService targets, RuleService rules) : PageModel
{
    public List<Target> Targets { get; private set; } = [];
    public Dictionary<string, List<Phase>> Phases { get; private set; } = [];
    public List<RegionalRule> Rules { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Targets = await targets.ListAsync(ct);
        foreach (var t in Targets)
        {
            Phases[t.Region] = await targets.PhasesAsync(t.Region, ct);
        }
        Rules = await rules.ListAsync(ct);
    }

    public Task<IActionResult> OnPostTargetAsync(string region, int specialties, int schools, int teachers, CancellationToken ct) =>
        RunAsync(() => targets.SetTargetAsync(region, specialties, schools, teachers, ct), ct);

    public Task<IActionResult> OnPostPhaseAsync(string region, int number, string name, DateOnly start, DateOnly end, int? specialties, int? schools, int? teachers, CancellationToken ct) =>
        RunAsync(() => targets.SetPhaseAsync(region, new(number, name ?? "", start, end, specialties, schools, teachers), ct), ct);

    public Task<IActionResult> OnPostRuleAsync(string region, int? technicianCollegeLimit, int? otherSchoolLimit, decimal multiplier, CancellationToken ct) =>
        RunAsync(() => rules.SetAsync(region, technicianCollegeLimit, otherSchoolLimit, multiplier, ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task> work, CancellationToken ct)
    {
        try
        {
            await work();
            Done = "已保存。";
            return RedirectToPage();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            await OnGetAsync(ct);
            return Page();
        }
    }
}
