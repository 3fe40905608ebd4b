using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Content;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;
using ResourceHub.Search.Endpoints;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Services;

namespace ResourceHub.Search;

/// <summary>资源检索: a Lucene index per node, fed from the indexing-task table.</summary>
public sealed class SearchModule : IModule
{
    public string Name => "Search";

    public IEnumerable<Permission> Permissions => [SearchPermissions.RebuildIndex];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => SearchOptions.From(configuration, sp.GetRequiredService<SitePaths>()));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<IndexWorker>();
        services.AddSingleton<AudienceFilters>();
        services.AddSingleton<SearchResultsCache>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexWorker>());
        services.AddScoped<IContentChangeSink, IndexingTaskSink>();
        services.AddScoped<PackageDocumentSource>();
        services.AddScoped<SearchService>();
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("search-index", tags: ["ready"]);
        services.AddSingleton(new NavItem("资源检索", "/search", 30));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchEndpoints();
}

public static class SearchPermissions
{
    public static readonly Permission RebuildIndex = new("RebuildSearchIndex", "重建检索索引", Roles.Admin);
}
