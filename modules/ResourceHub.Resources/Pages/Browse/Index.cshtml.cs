using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Resources.Services;

using ResourceHub.Standards;

namespace ResourceHub.Resources.Pages.Browse;

[OutputCache(PolicyName = ResourcesPageCache.Browse)]
public sealed class BrowseIndexModel(ISpecialtyCatalog specialties, PackageQueries queries) : PageModel
{
    public IReadOnlyList<SpecialtyInfo> Specialties { get; private set; } = [];

    public Dictionary<string, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Specialties = await specialties.ListAsync();
        Counts = await queries.PublishedCountBySpecialtyAsync();
    }
}
