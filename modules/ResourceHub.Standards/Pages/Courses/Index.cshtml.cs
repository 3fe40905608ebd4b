using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Endpoints;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Courses;

/// <summary>A specialty's 一体化 courses with their tasks, resources and course standards; open to all, as the API is.</summary>
[OutputCache(PolicyName = StandardsPageCache.Courses)]
public sealed class IndexModel(SpecialtyService specialties, CurriculumService curriculum, StandardService standards, IEnumerable<ILinkedResources> links) : PageModel
{
    public Specialty Specialty { get; private set; } = null!;

    public List<CurriculumEndpoints.CourseDto> Courses { get; private set; } = [];

    public List<CourseStandard> Standards { get; private set; } = [];

    public bool MayManage => User.HasPermission(StandardsPermissions.ManageCatalogue);

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        Specialty = await specialties.FindAsync(code, ct) ?? throw new NotFoundException("专业不存在。");
        Courses = await CurriculumEndpoints.ToDtosAsync(await curriculum.CoursesAsync(code, ct), links);
        Standards = await standards.ListAsync(code, null, ct);
    }
}
