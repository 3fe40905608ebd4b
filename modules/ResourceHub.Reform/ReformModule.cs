using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Endpoints;
using ResourceHub.Reform.Recipes;
using ResourceHub.Core.Reports;
using ResourceHub.Core.Storage;
using ResourceHub.Reform.Services;
using ResourceHub.Reform.Services.Oversight;
using ResourceHub.Reform.ViewComponents;

namespace ResourceHub.Reform;

/// <summary>The reform's targets and progress, specialty applications, teacher training, evaluations.</summary>
public sealed class ReformModule : IModule
{
    public string Name => "Reform";

    public IEnumerable<Permission> Permissions =>
    [
        ReformPermissions.ManageReform, ReformPermissions.ApproveApplications, ReformPermissions.ApplySpecialties,
        ReformPermissions.RecordTraining, ReformPermissions.Nominate, ReformPermissions.ScoreNominations,
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TargetService>();
        services.AddReformPageCache();
        services.AddScoped<RuleService>();
        services.AddScoped<ProgressService>();
        services.AddScoped<ISiteFigures>(sp => sp.GetRequiredService<ProgressService>());
        services.AddScoped<ApplicationService>();
        services.AddScoped<TrainingService>();
        services.Configure<SheetLimits>(configuration.GetSection("ResourceHub:Import"));
        services.AddScoped<WorkloadService>();
        services.AddScoped<EvaluationService>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<IBlobReferences>(sp => sp.GetRequiredService<AttachmentService>());
        services.AddScoped<ReformTeacherService>();
        services.AddScoped<OversightService>();
        services.AddScoped<IOversightSource, ProgressOversight>();
        services.AddScoped<IOversightSource, PeopleOversight>();
        services.AddScoped<IOversightSource, EvaluationOversight>();
        services.AddScoped<IRecipeStep, EvaluationRulesStep>();
        services.AddScoped<IRecipeStep, TargetsStep>();
        services.AddScoped<IRecipeStep, RegionalRulesStep>();
        services.AddScoped<IRecipeStep, RubricsStep>();
        services.AddScoped<IRecipeStep, ShowcasesStep>();
        services.AddScoped<IRecipeStep, TeachingRecordsStep>();
        services.AddSingleton(new NavItem("改革进展", "/reform", 40, Group: NavGroups.Reform));
        services.AddSingleton(new NavItem("专业申报", "/reform/applications", 41, NavArea.Main, u => u.Identity?.IsAuthenticated == true, NavGroups.Reform));
        services.AddSingleton(new NavItem("师资培训", "/reform/training", 42, NavArea.Main, u => u.HasPermission(ReformPermissions.RecordTraining), NavGroups.Reform));
        // Anyone of a school may see its teachers' hours (as the workload API allows); an admin, any school's.
        services.AddSingleton(new NavItem("工作量", "/reform/workload", 42, NavArea.Main, u => u.IsInRole(Roles.Admin) || u.SchoolId() is not null, NavGroups.Reform));
        services.AddSingleton(new NavItem("评选", "/reform/evaluations", 43, Group: NavGroups.Reform));
        services.AddSingleton(new NavItem("督导报告", "/reform/reports", 44, NavArea.Main, MaySeeReports, NavGroups.Reform));
        services.AddSingleton(new NavItem("目标与地区规则", "/reform/settings", 930, NavArea.Admin, u => u.HasPermission(ReformPermissions.ManageReform)));
        services.AddSingleton(new HomeSection(typeof(TargetsViewComponent), 40));
        services.AddSingleton(new HomeSection(typeof(ShowcasesViewComponent), 50));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTargetEndpoints();
        endpoints.MapApplicationEndpoints();
        endpoints.MapTrainingEndpoints();
        endpoints.MapEvaluationEndpoints();
        endpoints.MapReformTeacherEndpoints();
        endpoints.MapReportEndpoints();
        endpoints.MapAttachmentDownloads();
    }

    /// <summary>The Admin, a RegionAdmin and a SchoolAdmin have reports to see (their scope's).</summary>
    public static bool MaySeeReports(System.Security.Claims.ClaimsPrincipal u) =>
        u.IsInRole(Roles.Admin) || u.IsInRole(Roles.RegionAdmin) || u.IsInRole(Roles.SchoolAdmin);
}

public static class ReformPermissions
{
    public static readonly Permission ManageReform = new("ManageReform", "维护改革目标、阶段、地区规则与评价标准", Roles.Admin);
    public static readonly Permission ApproveApplications = new("ApproveApplications", "设立和结束申报批次、审批专业申报、指派评审专家、发布评选结果（地区管理员限本地区）", Roles.Admin, Roles.RegionAdmin);
    public static readonly Permission ApplySpecialties = new("ApplySpecialties", "为本校申报一体化专业", Roles.SchoolAdmin);
    public static readonly Permission RecordTraining = new("RecordTraining", "登记和导入本校教师培训记录与课时", Roles.SchoolAdmin);
    public static readonly Permission Nominate = new("Nominate", "推荐本校参加优质课堂、精品课程、示范专业评选", Roles.SchoolAdmin);
    public static readonly Permission ScoreNominations = new("ScoreNominations", "按评价标准为参评项目评分", Roles.Reviewer);
}
