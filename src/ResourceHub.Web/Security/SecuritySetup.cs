using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ResourceHub.Web.Security;

/// <summary>Headers, forwarded headers from a trusted proxy, secure cookies and the API's CSRF check (docs/security.md).</summary>
public static class SecuritySetup
{
    public static void AddResourceHubSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("ResourceHub:Security"));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.KnownProxies.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        // Secure whenever the request came over https (directly or through the trusted proxy); HttpOnly and SameSite as before.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    /// <summary>First in the pipeline: the client's address and scheme must be known before anything uses them.</summary>
    public static void UseResourceHubForwardedHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }
        app.Use((context, next) =>
        {
            // When the answer starts: an exception handler clears the headers set before it ran.
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context, options);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>After authentication: the API's antiforgery check needs to know who the cookie says the caller is.</summary>
    public static void UseResourceHubApiAntiforgery(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            await ApiAntiforgery.CheckAsync(context);
            await next(context);
        });
}
