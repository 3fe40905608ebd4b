using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceHub.Core.Caching;

/// <summary>How modules declare their cached pages and what evicts them (each in one file of its own).</summary>
public static class PageCacheServices
{
    /// <summary>The host's part: options, the in-memory output-cache store, the evictions of a unit of work.</summary>
    public static IServiceCollection AddResourceHubPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PageCacheOptions>(configuration.GetSection(PageCacheOptions.Section));
        services.AddOutputCache();
        services.AddScoped<PageEvictions>();
        services.AddScoped<EvictPagesInterceptor>();
        return services;
    }

    /// <summary>A named policy for a module's page (<c>[OutputCache(PolicyName = …)]</c> on its page model).</summary>
    public static IServiceCollection AddCachedPage(this IServiceCollection services, string policyName, CachedPage page) =>
        services.AddOutputCache(o => o.AddPolicy(policyName, new AnonymousPagePolicy(page)));

    /// <summary>Pages with these tags go whenever a row of <typeparamref name="TEntity"/> is added, changed or removed.</summary>
    public static IServiceCollection EvictPagesOn<TEntity>(this IServiceCollection services, params string[] tags) =>
        services.AddSingleton(new PageEvictionRule(typeof(TEntity), tags));
}
