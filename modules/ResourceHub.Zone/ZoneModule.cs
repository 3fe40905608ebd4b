using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Modules;

namespace ResourceHub.Zone;

/// <summary>The 工学一体化改革专区 portal: home page and the site's friendly status pages.</summary>
public sealed class ZoneModule : IModule
{
    public string Name => "Zone";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new NavItem("首页", "/", 0));
}
