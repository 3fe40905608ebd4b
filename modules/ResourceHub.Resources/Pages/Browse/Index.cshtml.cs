using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Resources.Services;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Resources.Pages.Browse;

public sealed class BrowseIndexModel(SpecialtyService specialties, PackageQueries queries) : PageModel
{
    public List<Specialty> Specialties { get; private set; } = [];

    public Dictionary<string, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Specialties = await specialties.ListAsync();
        Counts = await queries.PublishedCountBySpecialtyAsync();
    }
}
