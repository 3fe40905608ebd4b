using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Zone.Endpoints;
using ResourceHub.Zone.Recipes;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone;

/// <summary>The 工学一体化改革专区 portal: home page, announcements and policy pages, status pages.</summary>
public sealed class ZoneModule : IModule
{
    public string Name => "Zone";

    public IEnumerable<Permission> Permissions => [ZonePermissions.ManageZone];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ArticleService>();
        services.AddZonePageCache();
        services.AddScoped<IRecipeStep, ArticlesStep>();
        services.AddSingleton(new NavItem("首页", "/", 0));
        services.AddSingleton(new NavItem("通知公告", "/articles", 35));
        services.AddSingleton(new NavItem("文章管理", "/admin/articles", 920, NavArea.Admin, u => u.HasPermission(ZonePermissions.ManageZone)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapArticleEndpoints();
}

public static class ZonePermissions
{
    public static readonly Permission ManageZone = new("ManageZone", "管理专区文章与首页", Roles.Admin);
}
