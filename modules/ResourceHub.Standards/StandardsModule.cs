using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Endpoints;
using ResourceHub.Standards.Recipes;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards;

/// <summary>The specialty catalogue (later: courses, learning tasks, course standards).</summary>
public sealed class StandardsModule : IModule
{
    public string Name => "Standards";

    public IEnumerable<Permission> Permissions => [StandardsPermissions.ManageCatalogue];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SpecialtyService>();
        services.AddScoped<ISiteFigures>(sp => sp.GetRequiredService<SpecialtyService>());
        services.AddScoped<IRecipeStep, SpecialtiesStep>();
        services.AddSingleton(new NavItem("专业目录", "/specialties", 20));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSpecialtyEndpoints();
}

public static class StandardsPermissions
{
    public static readonly Permission ManageCatalogue = new("ManageCatalogue", "管理专业目录与课程标准", Roles.Admin);
}
