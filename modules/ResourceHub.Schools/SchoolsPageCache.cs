using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Caching;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools;

/// <summary>The home page's 参与学校 and 注册教师 figures: a school or a role grant evicts it (decision 0010).</summary>
public static class SchoolsPageCache
{
    public static void AddSchoolsPageCache(this IServiceCollection services)
    {
        services.EvictPagesOn<School>(PageTags.Home);
        services.EvictPagesOn<IdentityUserRole<Guid>>(PageTags.Home);
    }
}
