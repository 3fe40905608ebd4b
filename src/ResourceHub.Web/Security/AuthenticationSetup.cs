using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;

namespace ResourceHub.Web.Security;

/// <summary>
/// Identity with two ways in: the cookie for pages (with antiforgery), a bearer token for the
/// API. One policy scheme picks between them per request, so every endpoint works with either.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "ResourceHub";

    public static void AddResourceHubAuthentication(this IServiceCollection services, IConfiguration configuration, ModuleCatalog modules)
    {
        // Keys live in the shared database so that every web node reads every other's cookies and tokens.
        services.AddDataProtection().SetApplicationName("ResourceHub").PersistKeysToDbContext<ResourceHubDbContext>();

        services.AddIdentity<ResourceHubUser, IdentityRole<Guid>>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("ResourceHub:Accounts:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
            })
            .AddEntityFrameworkStores<ResourceHubDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<ResourceHubClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "rh.auth";
            o.SlidingExpiration = true;
        });

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("ResourceHub:Accounts:TokenMinutes", 480)))
            .AddPolicyScheme(Scheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);

        // AddIdentity makes the cookie the default; the policy scheme must win for the API.
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Scheme;
            o.DefaultAuthenticateScheme = Scheme;
            o.DefaultChallengeScheme = Scheme;
            o.DefaultForbidScheme = Scheme;
        });

        services.AddAuthorization(o =>
        {
            foreach (var permission in modules.Modules.SelectMany(m => m.Permissions))
            {
                o.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasPermission(permission)));
            }
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
    }
}
