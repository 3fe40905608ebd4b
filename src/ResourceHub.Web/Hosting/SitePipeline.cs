using ResourceHub.Core.Modules;
using ResourceHub.Web.Errors;
using ResourceHub.Web.Security;
using ResourceHub.Web.Setup;

namespace ResourceHub.Web.Hosting;

public static class SitePipeline
{
    /// <summary>Migrations and first-run setup, before the site takes requests; one node at a time.</summary>
    public static async Task InitializeResourceHubAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var exclusive = await StartupLock.AcquireAsync(scope.ServiceProvider.GetRequiredService<Core.Data.ResourceHubDbContext>());
        await scope.ServiceProvider.GetRequiredService<SetupService>().InitializeAsync();
    }

    public static void UseResourceHub(this WebApplication app)
    {
        app.UseResourceHubForwardedHeaders();
        // People get a friendly page for a bare error status, also one set by an exception
        // handler (hence outside it); API callers get problem details.
        app.UseWhen(c => !ErrorAnswer.IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseExceptionHandler();
        app.UseWhen(ErrorAnswer.IsApi, api => api.UseStatusCodePages());
        app.MapStaticAssets();
        app.UseRouting();
        // Before authentication: a cached anonymous page is answered without reading any cookie;
        // the pages' policies (AnonymousPagePolicy) let only requests without sign-in through.
        app.UseOutputCache();
        app.UseAuthentication();
        app.UseResourceHubApiAntiforgery();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "ResourceHub API v1");
            o.RoutePrefix = "api-docs";
            o.DocumentTitle = "ResourceHub API 文档";
        });
        // Browsers ask for /favicon.ico by themselves, on every first visit: the theme's icon answers.
        app.MapGet("/favicon.ico", (IWebHostEnvironment env, HttpContext context) =>
        {
            var icon = env.WebRootFileProvider.GetFileInfo("_content/ResourceHub.Theme.Default/icons/favicon.ico");
            if (!icon.Exists)
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=604800";
            return Results.Stream(icon.CreateReadStream(), "image/x-icon");
        }).ExcludeFromDescription();
        app.MapResourceHubHealth();
        app.MapResourceHubTelemetry();
        app.MapRazorPages();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }
    }
}
