using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Standards;

[OutputCache(PolicyName = StandardsPageCache.StandardList)]
public sealed class IndexModel(StandardService standards, SpecialtyService specialties) : PageModel
{
    public List<CourseStandard> Standards { get; private set; } = [];

    public Dictionary<string, string> SpecialtyNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Standards = await standards.ListAsync(null, null, ct);
        SpecialtyNames = (await specialties.ListAsync(ct)).ToDictionary(s => s.Code, s => s.Name);
    }
}
