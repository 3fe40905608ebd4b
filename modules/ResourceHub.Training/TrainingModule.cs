using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Resources.Services;
using ResourceHub.Training.Endpoints;
using ResourceHub.Training.Services;

namespace ResourceHub.Training;

/// <summary>网络师资研修: 研修基地, 研修项目 built from published packages, enrolment, progress, certificates.</summary>
public sealed class TrainingModule : IModule
{
    public string Name => "Training";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BaseService>();
        services.AddScoped<ProgrammeService>();
        services.AddScoped<UnitService>();
        services.AddScoped<EnrolmentService>();
        services.AddScoped<LearningService>();
        services.AddScoped<CompletionService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<ParticipantTable>();
        services.AddScoped<IPackageSightGrant, AssignmentSight>();
        services.AddScoped<IRecipeStep, Recipes.ProgrammesStep>();
        services.AddSingleton(new NavItem("研修项目", "/training", 44, Group: NavGroups.Reform));
        services.AddSingleton(new NavItem("研修基地", "/training/bases", 45, Group: NavGroups.Reform));
        services.AddSingleton(new NavItem("我的研修", "/training/my", 55, NavArea.Main, u => u.SchoolId() is not null, NavGroups.Work));
        services.AddSingleton(new NavItem("研修组织", "/training/manage", 56, NavArea.Main, u => u.MayOrganise(), NavGroups.Work));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCertificateEndpoints();
        endpoints.MapProgrammeEndpoints();
        endpoints.MapLearningEndpoints();
    }
}
