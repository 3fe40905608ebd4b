using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Core.Content;
using ResourceHub.Core.Modules;
using ResourceHub.Media.Endpoints;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Services;
using ResourceHub.Media.Storage;
using ResourceHub.Resources.Services;

namespace ResourceHub.Media;

/// <summary>Package files: blob stores, uploads (one-shot and tus), downloads, thumbnails, Office page previews, text extraction, the sweeper.</summary>
public sealed class MediaModule : IModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection("ResourceHub:Files"));
        services.Configure<MediaOptions>(configuration.GetSection("ResourceHub:Media"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddBlobStore(configuration);

        services.AddScoped<PackageFileService>();
        services.AddScoped<SchoolQuota>();
        services.AddScoped<MediaQueue>();
        services.AddScoped<FileProgress>();
        services.AddScoped<UploadSessionService>();
        services.AddScoped<IFileDetailsSource, FileDetailsSource>();
        services.AddScoped<IExtractedTextSource, ExtractedTextSource>();

        services.AddSingleton<MediaSignal>();
        services.AddScoped<MediaJobStore>();
        services.AddScoped<MediaJobRunner>();
        services.AddSingleton<TextExtractor>();
        services.AddSingleton<ToolRunner>();
        services.AddSingleton<ThumbnailMaker>();
        services.AddSingleton<OfficePreviewMaker>();
        services.AddSingleton<MediaWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<MediaWorker>());
        services.AddSingleton<StorageSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageSweeper>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFileEndpoints();
        endpoints.MapTusEndpoints();
    }
}
