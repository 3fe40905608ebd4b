using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Events;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Review.Endpoints;
using ResourceHub.Review.Mail;
using ResourceHub.Review.Recipes;
using ResourceHub.Resources;
using ResourceHub.Review.Services;

namespace ResourceHub.Review;

/// <summary>编审与选审: the review gate, stages and policies, selections, history, the inbox.</summary>
public sealed class ReviewModule : IModule
{
    public string Name => "Review";

    public IEnumerable<Permission> Permissions =>
        [ReviewPermissions.DecideReviews, ReviewPermissions.RequestSelections, ReviewPermissions.ManagePolicies];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReviewGate>();
        services.AddScoped<ResourceHub.Resources.IPackageSubmission>(sp => sp.GetRequiredService<ReviewGate>());
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ReviewPolicies>();
        services.AddScoped<Notifier>();
        services.AddScoped<ExpertPool>();
        services.AddScoped<ExpertAssigner>();
        services.AddScoped<ExpertReserve>();
        services.AddScoped<ReviewChecklists>();
        services.AddScoped<ReviewWorkspace>();
        services.AddScoped<IExpertDirectory, ExpertDirectory>();
        services.AddScoped<NationalCatalogue>();
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<OverdueSweepOptions>(configuration.GetSection("ResourceHub:Review"));
        services.AddHostedService<OverdueSweeper>();
        services.AddScoped<IRecipeStep, ExpertsStep>();
        services.AddScoped<HistoryRecorder>();
        // The package's history: its own events, dispatched in the save that raised them.
        services.AddScoped<IDomainEventHandler<PackageCreated>>(sp => sp.GetRequiredService<HistoryRecorder>());
        services.AddScoped<IDomainEventHandler<PackageEdited>>(sp => sp.GetRequiredService<HistoryRecorder>());
        services.AddScoped<IDomainEventHandler<PackageFileAdded>>(sp => sp.GetRequiredService<HistoryRecorder>());
        services.AddScoped<IDomainEventHandler<PackageFileRemoved>>(sp => sp.GetRequiredService<HistoryRecorder>());
        services.AddScoped<ResourceHub.Resources.IPackageSightGrant, ReviewSightGrant>();
        services.AddScoped<Core.Reports.IOversightSource, ReviewOversight>();
        services.AddScoped<IRecipeStep, ReviewPoliciesStep>();
        services.AddScoped<IRecipeStep, PackagesStep>();

        var mail = configuration.GetSection("ResourceHub:Mail");
        services.Configure<MailOptions>(mail);
        if (string.IsNullOrWhiteSpace(mail["SmtpHost"]))
        {
            services.AddSingleton<IMailSender, NoMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        services.AddSingleton(new ResourceHub.Resources.PackagePanel(typeof(ViewComponents.ReviewPanelViewComponent), 10));
        services.AddSingleton(new NavItem("审核工作台", "/review", 300, NavArea.Main, u => u.HasPermission(ReviewPermissions.DecideReviews), NavGroups.Work));
        services.AddSingleton(new NavItem("教材选用", "/selections", 310, NavArea.Main, u => u.HasPermission(ReviewPermissions.RequestSelections), NavGroups.Work));
        services.AddSingleton(new NavItem("站内消息", "/inbox", 320, NavArea.Main, u => u.Identity?.IsAuthenticated == true, NavGroups.Work));
        services.AddSingleton(new NavItem("审核规则", "/admin/review-policies", 920, NavArea.Admin, u => u.HasPermission(ReviewPermissions.ManagePolicies)));
        services.AddSingleton(new NavItem("专家库", "/admin/experts", 925, NavArea.Admin, ExpertPool.MayList));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewEndpoints();
        endpoints.MapSelectionEndpoints();
        endpoints.MapInboxAndPolicyEndpoints();
        endpoints.MapExpertEndpoints();
    }
}

public static class ReviewPermissions
{
    public static readonly Permission DecideReviews = new("DecideReviews", "审核资源包与教材选用", Roles.Reviewer, Roles.SchoolAdmin);
    public static readonly Permission RequestSelections = new("RequestSelections", "申请选用教材", Roles.Teacher, Roles.SchoolAdmin);
    public static readonly Permission ManagePolicies = new("ManageReviewPolicies", "管理审核规则", Roles.Admin);
}
