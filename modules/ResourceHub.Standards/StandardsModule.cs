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

/// <summary>The specialty catalogue, 一体化 courses and learning tasks, course standards and their school adaptations.</summary>
public sealed class StandardsModule : IModule
{
    public string Name => "Standards";

    public IEnumerable<Permission> Permissions => [StandardsPermissions.ManageCatalogue, StandardsPermissions.AdaptStandards];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SpecialtyService>();
        services.AddScoped<ISpecialtyCatalog, SpecialtyCatalog>();
        services.AddScoped<ISiteFigures>(sp => sp.GetRequiredService<SpecialtyService>());
        services.AddScoped<CurriculumService>();
        services.AddScoped<StandardService>();
        services.AddStandardsPageCache();
        services.AddScoped<IRecipeStep, SpecialtiesStep>();
        services.AddScoped<IRecipeStep, CoursesStep>();
        services.AddScoped<IRecipeStep, CourseStandardsStep>();
        services.AddSingleton(new NavItem("专业目录", "/specialties", 20));
        services.AddSingleton(new NavItem("课程标准", "/standards", 21));
        services.AddSingleton(new NavItem("课程管理", "/admin/courses", 905, NavArea.Admin, u => u.HasPermission(StandardsPermissions.ManageCatalogue)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSpecialtyEndpoints();
        endpoints.MapCurriculumEndpoints();
        endpoints.MapStandardEndpoints();
    }
}

public static class StandardsPermissions
{
    public static readonly Permission ManageCatalogue = new("ManageCatalogue", "管理专业目录与课程标准", Roles.Admin);
    public static readonly Permission AdaptStandards = new("AdaptStandards", "把国家课程标准转化为本校标准并修订", Roles.SchoolAdmin);
}
