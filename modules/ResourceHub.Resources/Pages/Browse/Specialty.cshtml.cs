using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Resources.Pages.Browse;

/// <summary>One specialty's published packages, grouped by course, with resource-type tabs.</summary>
public sealed class BrowseSpecialtyModel(SpecialtyService specialties, PackageQueries queries) : PageModel
{
    public Specialty Specialty { get; private set; } = null!;

    public ResourceType? Type { get; private set; }

    public PackageQueries.Page Result { get; private set; } = null!;

    public async Task OnGetAsync(string code, ResourceType? type, int pageNumber = 1)
    {
        Specialty = await specialties.FindAsync(code) ?? throw new NotFoundException("专业不存在。");
        Type = type;
        Result = await queries.PublishedAsync(code, type, Math.Max(1, pageNumber), 20);
    }
}
