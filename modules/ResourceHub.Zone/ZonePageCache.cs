using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Caching;

namespace ResourceHub.Zone;

/// <summary>The zone's cached pages and what evicts them (decision 0010).</summary>
public static class ZonePageCache
{
    public const string Home = "Zone.Home";
    public const string Articles = "Zone.Articles";
    public const string Article = "Zone.Article";

    /// <summary>Announcements and policy pages: their list, each one, and the home page's news.</summary>
    public const string ArticlesTag = "articles";

    public static void AddZonePageCache(this IServiceCollection services)
    {
        // The home page shows every module's figures, so it carries every shared tag.
        services.AddCachedPage(Home, new([PageTags.Home, PageTags.Packages, PageTags.Catalogue, ArticlesTag]));
        services.AddCachedPage(Articles, new([ArticlesTag], QueryKeys: ["kind"]));
        services.AddCachedPage(Article, new([ArticlesTag]));
        services.EvictPagesOn<Models.Article>(ArticlesTag);
    }
}
