using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Endpoints;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Standards;

[OutputCache(PolicyName = StandardsPageCache.Standard)]
public sealed class DetailModel(StandardService standards, CurriculumService curriculum, IEnumerable<ILinkedResources> links) : PageModel
{
    public StandardService.View Standard { get; private set; } = null!;

    public StandardService.Changes Changes { get; private set; } = null!;

    public List<CurriculumEndpoints.CourseDto> Courses { get; private set; } = [];

    public bool MayAdapt => Standard.Standard.SchoolId is null && User.SchoolId() is not null && User.HasPermission(StandardsPermissions.AdaptStandards);

    public bool MayEdit => StandardService.MayEdit(User, Standard.Standard);

    public bool MayAlign => Standard.SourceUpdated && MayEdit;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Standard = await standards.GetAsync(id, ct);
        Changes = await standards.ChangesAsync(id, ct);
        Courses = await CurriculumEndpoints.ToDtosAsync(await curriculum.CoursesAsync(Standard.Standard.SpecialtyCode, ct), links);
    }

    public async Task<IActionResult> OnPostAdaptAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var copy = await standards.AdaptAsync(User, id, User.SchoolId() ?? throw new ForbiddenException("只有学校的管理员可以转化课程标准。"), ct);
            return Redirect($"/standards/{copy.Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            await OnGetAsync(id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostAlignAsync(Guid id, CancellationToken ct)
    {
        await standards.AlignAsync(User, id, ct);
        return Redirect($"/standards/{id}");
    }
}
