using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

using ResourceHub.Standards;

namespace ResourceHub.Resources.Pages.Browse;

/// <summary>
/// One specialty's published packages: its courses to pick from (with how many packages each
/// has), resource-type tabs, filters by skill level and an order; grouped by course until one is picked.
/// </summary>
[OutputCache(PolicyName = ResourcesPageCache.BrowseSpecialty)]
public sealed class BrowseSpecialtyModel(ISpecialtyCatalog specialties, PackageQueries queries) : PageModel
{
    public SpecialtyInfo Specialty { get; private set; } = null!;

    public PackageQueries.Filter Filter { get; private set; } = new();

    /// <summary>The specialty's courses in curriculum order, then courses named only on packages; with published counts.</summary>
    public List<(string Name, int Count)> Courses { get; private set; } = [];

    public PackageQueries.Page Result { get; private set; } = null!;

    public async Task OnGetAsync(string code, ResourceType? type, string? course, SkillLevel? level, PackageQueries.BrowseSort sort = PackageQueries.BrowseSort.Newest, int pageNumber = 1)
    {
        Specialty = await specialties.FindAsync(code) ?? throw new NotFoundException("专业不存在。");
        Filter = new PackageQueries.Filter(code, type, string.IsNullOrWhiteSpace(course) ? null : course.Trim(), level, sort);
        var counts = await queries.PublishedCountByCourseAsync(code);
        var planned = (await specialties.CourseNamesAsync(code)).ToList();
        Courses = planned.Concat(counts.Keys.Except(planned).Order()).Select(name => (name, counts.GetValueOrDefault(name))).ToList();
        Result = await queries.PublishedAsync(Filter, Math.Max(1, pageNumber), 20);
    }

    /// <summary>This page's address with one part of the filter changed (and back to page 1).</summary>
    public string Link(ResourceType? type = null, string? course = null, bool keepType = true, bool keepCourse = true, int? pageNumber = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["type"] = (keepType ? type ?? Filter.Type : type)?.ToString(),
            ["course"] = keepCourse ? course ?? Filter.Course : course,
            ["level"] = Filter.Level?.ToString(),
            ["sort"] = Filter.Sort == PackageQueries.BrowseSort.Newest ? null : Filter.Sort.ToString(),
            ["pageNumber"] = pageNumber?.ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/browse/{Specialty.Code}", query.Where(q => q.Value is not null)!);
    }
}
