using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Connections;
using ResourceHub.Core.Caching;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Web.Data;
using ResourceHub.Web.Errors;
using ResourceHub.Web.Security;
using ResourceHub.Web.Setup;

namespace ResourceHub.Web.Hosting;

public static class SiteServices
{
    /// <summary>Everything the host provides, then each module's own services.</summary>
    public static void AddResourceHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var modules = ModuleCatalog.Discover();

        services.AddSingleton(modules);
        services.AddSingleton<SitePaths>();
        services.AddResourceHubTelemetry(configuration);
        services.AddResourceHubDatabase(configuration);
        services.AddResourceHubAuthentication(configuration, modules);
        services.AddResourceHubSecurity(configuration);
        services.AddResourceHubPageCache(configuration);
        if (configuration.GetValue("ResourceHub:Http:ReceiveBlockKiB", 64) is > 0 and var receiveKiB)
        {
            // Registered after Kestrel's own factory, so the socket transport takes this one.
            services.AddSingleton<IMemoryPoolFactory<byte>>(new ReceiveMemoryPoolFactory(Math.Clamp(receiveKiB, 4, 1024) * 1024));
        }

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Errors.ChineseProblemDefaults.Apply);
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();

        services.AddScoped<ResourceHub.Core.Content.ContentChanges>();
        services.AddSingleton<ResourceHub.Core.Content.MarkdownRenderer>();
        // Chinese text goes out as characters, not as &#x...; escapes.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages().AddMvcOptions(o => Errors.ChineseBindingMessages.Apply(o.ModelBindingMessageProvider));
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "ResourceHub API";
            doc.Info.Description = "工学一体化改革专区 教学资源库的公开接口（v1）。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [DatabaseReadinessCheck.Tag]);

        services.AddScoped<RecipeRunner>();
        services.AddScoped<RecipePeople>();
        services.AddScoped<SetupService>();

        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(services, configuration);
        }
    }
}
