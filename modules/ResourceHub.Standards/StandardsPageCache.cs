using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Caching;
using ResourceHub.Standards.Models;

namespace ResourceHub.Standards;

/// <summary>
/// The catalogue's and course standards' pages from the output cache, and what evicts them
/// (decision 0010). Course pages list each task's published packages, so they carry the shared
/// <see cref="PageTags.Packages"/> tag that a publish evicts.
/// </summary>
public static class StandardsPageCache
{
    public const string Specialties = "Standards.Specialties";
    public const string Courses = "Standards.Courses";
    public const string StandardList = "Standards.StandardList";
    public const string Standard = "Standards.Standard";

    /// <summary>Course standards and their school adaptations.</summary>
    public const string StandardsTag = "standards";

    public static void AddStandardsPageCache(this IServiceCollection services)
    {
        services.AddCachedPage(Specialties, new([PageTags.Catalogue]));
        services.AddCachedPage(Courses, new([PageTags.Catalogue, PageTags.Packages, StandardsTag]));
        services.AddCachedPage(StandardList, new([PageTags.Catalogue, StandardsTag]));
        services.AddCachedPage(Standard, new([PageTags.Catalogue, PageTags.Packages, StandardsTag]));
        services.EvictPagesOn<Specialty>(PageTags.Catalogue);
        services.EvictPagesOn<Course>(PageTags.Catalogue);
        services.EvictPagesOn<LearningTask>(PageTags.Catalogue);
        services.EvictPagesOn<CourseStandard>(StandardsTag);
        services.EvictPagesOn<CourseStandardVersion>(StandardsTag);
    }
}
