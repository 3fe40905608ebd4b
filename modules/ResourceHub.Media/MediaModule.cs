using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Core.Content;
using ResourceHub.Core.Modules;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Endpoints;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Services;
using ResourceHub.Media.Storage;

namespace ResourceHub.Media;

/// <summary>
/// A file store that knows no packages: blob stores, checked storing, resumable uploads (tus) for
/// whichever <see cref="IUploadTarget"/> owns the file, thumbnails, Office page previews, text
/// extraction, the sweeper. Others use it through ResourceHub.Media.Abstractions only.
/// </summary>
public sealed class MediaModule : IModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection("ResourceHub:Files"));
        services.Configure<MediaOptions>(configuration.GetSection("ResourceHub:Media"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddBlobStore(configuration);

        services.AddScoped<IFileStore, FileStore>();
        services.AddScoped<MediaQueue>();
        services.AddScoped<FileProgressReader>();
        services.AddScoped<MediaFiles>();
        services.AddScoped<IMediaFiles>(sp => sp.GetRequiredService<MediaFiles>());
        services.AddScoped<IFileDetailsSource>(sp => sp.GetRequiredService<MediaFiles>());
        services.AddScoped<UploadSessionService>();
        services.AddScoped<UploadBlockWriter>();
        services.AddScoped<IUploadReservations, UploadReservations>();
        services.AddScoped<IExtractedTextSource, ExtractedTextSource>();

        services.AddSingleton<MediaSignal>();
        services.AddScoped<MediaJobStore>();
        services.AddScoped<MediaJobRunner>();
        services.AddSingleton<JobHeartbeat>();
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
        endpoints.MapTusEndpoints();
    }
}
