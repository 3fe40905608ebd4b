using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Pages.Reform;

public sealed class IndexModel(ProgressService progress, TargetService targets) : PageModel
{
    public ProgressService.Report National { get; private set; } = null!;

    public List<ProgressService.Report> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        National = await progress.ReportAsync(null, ct);
        foreach (var target in (await targets.ListAsync(ct)).Where(t => t.Region != Scope.National))
        {
            Regions.Add(await progress.ReportAsync(target.Region, ct));
        }
    }
}
