using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Review.Services;
using ResourceHub.Schools;

namespace ResourceHub.Review.Pages.Packages;

/// <summary>审核意见表: one printable sheet per reviewed version, every stage's opinions on it.</summary>
[Authorize]
public sealed class SheetModel(ReviewQueries queries, ISchoolDirectory schools) : PageModel
{
    public ResourceHub.Resources.PackageView Version { get; private set; } = null!;
    public List<Models.Review> Reviews { get; private set; } = [];
    public string SchoolName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, int version)
    {
        try
        {
            Reviews = (await queries.ReviewsOfAsync(User, id)).Where(r => r.Version == version).ToList();
            if (Reviews.Count == 0)
            {
                return NotFound();
            }
            Version = await queries.VersionAsync(id, version);
            SchoolName = (await schools.GetAsync(Reviews[0].SchoolId)).Name;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
