using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Pages.My;

/// <summary>The school's workbench: its packages by status and, for its admin, its people.</summary>
[Authorize(Policy = "EditPackages")]
public sealed class MyPackagesModel(PackageQueries queries, IEnumerable<IReviewStages> stages) : PageModel
{
    public PackageStatus? Status { get; private set; }

    public List<PackageCard> Packages { get; private set; } = [];

    public Dictionary<PackageStatus, int> Counts { get; private set; } = [];

    /// <summary>The school's teachers and reviewers; shown to the school's admin only.</summary>
    public List<PackageQueries.Member> Members { get; private set; } = [];

    public async Task OnGetAsync(PackageStatus? status)
    {
        Status = status;
        var all = User.SchoolId() is { } school ? await queries.ForSchoolAsync(school) : [];
        Counts = all.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        Packages = status is null ? all : all.Where(p => p.Status == status).ToList();
        var waiting = await stages.OfAsync(Packages.Select(p => (p.Id, p.Status)), HttpContext.RequestAborted);
        Packages = Packages.Select(p => p with { ReviewStage = waiting.GetValueOrDefault(p.Id) }).ToList();
        if (User.IsInRole(Roles.SchoolAdmin) && User.SchoolId() is { } own)
        {
            Members = await queries.MembersAsync(own);
        }
    }
}
