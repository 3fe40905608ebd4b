using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Data;
using ResourceHub.Schools.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Endpoints;
using ResourceHub.Schools.Recipes;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools;

/// <summary>Schools, user accounts, roles and sign-in.</summary>
public sealed class SchoolsModule : IModule
{
    public string Name => "Schools";

    public IEnumerable<Permission> Permissions => [SchoolPermissions.ManageSchools, SchoolPermissions.ManageUsers];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SchoolService>();
        services.AddSchoolsPageCache();
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<AccountService>();
        services.AddScoped<TokenService>();
        services.AddScoped<SignInGuard>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SignInThrottle(
            configuration.GetValue("ResourceHub:Accounts:SignInFailuresPerAddress", 30),
            configuration.GetValue("ResourceHub:Accounts:SignInFailuresPerUser", 10),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<RegionScope>();
        services.AddScoped<RoleCatalog>();
        services.AddSingleton<AccountStates>();
        services.AddScoped<AccountGuard>();
        services.AddScoped<IClaimsTransformation>(sp => sp.GetRequiredService<AccountGuard>());
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, RevocationEvents>();
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, RevocationEvents>();
        services.AddScoped<IPasswordValidator<ResourceHubUser>, CommonPasswordValidator>();
        services.AddScoped<IUserConfirmation<ResourceHubUser>, EnabledAccountConfirmation>();
        services.PostConfigure<IdentityOptions>(o =>
        {
            o.Password.RequiredLength = CommonPasswordValidator.MinimumLength;
            // "Confirmed" is asked of the account before every sign-in: a disabled one is not.
            o.SignIn.RequireConfirmedAccount = true;
        });
        services.AddScoped<ISiteFigures, SchoolFigures>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, SchoolsStep>();
        services.AddScoped<IRecipeStep, UsersStep>();
        services.AddSingleton(new NavItem("学校管理", "/admin/schools", 900, NavArea.Admin, u => u.HasPermission(SchoolPermissions.ManageSchools)));
        services.AddSingleton(new NavItem("用户管理", "/admin/users", 910, NavArea.Admin, u => u.HasPermission(SchoolPermissions.ManageUsers)));
        services.AddSingleton(new NavItem("修改密码", "/account/password", 990, NavArea.Main, u => u.Identity?.IsAuthenticated == true, NavGroups.Work));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        endpoints.MapSchoolEndpoints();
        endpoints.MapUserEndpoints();
        endpoints.MapAccountEndpoints();
    }
}

public static class SchoolPermissions
{
    public static readonly Permission ManageSchools = new("ManageSchools", "管理学校（地区管理员限本地区）", Roles.Admin, Roles.RegionAdmin);
    public static readonly Permission ManageUsers = new("ManageUsers", "管理用户（地区管理员限本地区学校，学校管理员限本校）", Roles.Admin, Roles.RegionAdmin, Roles.SchoolAdmin);
}
