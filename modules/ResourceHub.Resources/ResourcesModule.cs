using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Content;
using ResourceHub.Core.Events;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;
using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources;

/// <summary>教学资源包: packages, their files and versions (the bytes and their processing are Media's, through its contract).</summary>
public sealed class ResourcesModule : IModule
{
    public string Name => "Resources";

    public IEnumerable<Permission> Permissions => [ResourcePermissions.EditPackages];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PackageAccess>();
        services.AddScoped<PackageService>();
        services.AddScoped<PackageViews>();
        services.AddScoped<IPackageViews>(sp => sp.GetRequiredService<PackageViews>());
        services.AddScoped<IPackageWorkflow, PackageWorkflow>();
        services.AddScoped<IPackageAuthoring, PackageAuthoring>();
        services.AddScoped<IPackageFileDetails, PackageFileDetails>();
        services.AddScoped<PackageQueries>();
        services.AddResourcesPageCache();
        services.AddSingleton(new HomeSection(typeof(ViewComponents.LatestPackagesViewComponent), 30));
        services.AddScoped<ISiteFigures, PackageFigures>();
        services.AddSingleton(new NavItem("资源浏览", "/browse", 10));
        services.AddSingleton(new NavItem("本校资源", "/my/packages", 50, NavArea.Main, u => u.HasPermission(ResourcePermissions.EditPackages), NavGroups.Work));
        services.AddScoped<ILinkedResources, PackageLinks>();
        services.AddScoped<Core.Reports.IOversightSource, PackageOversight>();
        services.AddScoped<FileDetailsReader>();

        services.Configure<PackageFilesOptions>(configuration.GetSection("ResourceHub:Files"));
        services.AddScoped<PackageFileService>();
        services.AddScoped<SchoolQuota>();
        services.AddScoped<IUploadTarget, PackageUploadTarget>();
        services.AddScoped<IBlobReferences, PackageBlobReferences>();
        services.AddScoped<IDomainEventHandler<PackageChanged>, IndexPackageOnChange>();
        services.AddScoped<IDomainEventHandler<FileTextExtracted>, IndexPackageOnChange>();
        services.AddScoped<IDomainEventHandler<PackageFileAdded>, ProcessFileOnAdd>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPackageEndpoints();
        endpoints.MapFileEndpoints();
    }
}

public static class ResourcePermissions
{
    public static readonly Permission EditPackages = new("EditPackages", "创建和编辑本校资源包", Roles.Teacher, Roles.SchoolAdmin);
}
