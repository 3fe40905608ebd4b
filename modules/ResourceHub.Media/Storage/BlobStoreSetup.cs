using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Storage;

namespace ResourceHub.Media.Storage;

/// <summary><c>ResourceHub:Blobs</c>: Provider = FileSystem (default) | AzureBlob.</summary>
public static class BlobStoreSetup
{
    public static void AddBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ResourceHub:Blobs");
        var provider = section["Provider"] is { Length: > 0 } p ? p : "FileSystem";
        if (provider.Equals("AzureBlob", StringComparison.OrdinalIgnoreCase))
        {
            var connection = section["AzureConnectionString"];
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("ResourceHub:Blobs:AzureConnectionString must be set when ResourceHub:Blobs:Provider is AzureBlob.");
            }
            var containerName = section["AzureContainer"] is { Length: > 0 } c ? c : "resourcehub";
            var store = new AzureBlobStore(Container(connection, containerName, section["AzureServiceVersion"]));
            services.AddSingleton<IBlobStore>(store);
            services.AddSingleton<IStagedBlobs>(store);
        }
        else if (provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            // Resumable uploads stage their blocks beside the blobs: on several nodes, the data path is shared storage.
            services.AddSingleton(sp => new FileSystemBlobStore(sp.GetRequiredService<SitePaths>().Data("blobs"), sp.GetRequiredService<SitePaths>().Data("uploads")));
            services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileSystemBlobStore>());
            services.AddSingleton<IStagedBlobs>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        }
        else
        {
            throw new InvalidOperationException($"ResourceHub:Blobs:Provider must be FileSystem or AzureBlob, not {provider}.");
        }
        services.AddHealthChecks().AddCheck<BlobStoreReadinessCheck>("blobs", tags: ["ready"]);
    }

    /// <summary>
    /// A container client; <paramref name="serviceVersion"/> (e.g. "2025-11-05") pins the REST API
    /// version for emulators such as Azurite that lag behind the SDK's newest one.
    /// </summary>
    public static BlobContainerClient Container(string connectionString, string container, string? serviceVersion = null)
    {
        var options = new BlobClientOptions();
        if (!string.IsNullOrWhiteSpace(serviceVersion))
        {
            if (!Enum.TryParse<BlobClientOptions.ServiceVersion>("V" + serviceVersion.Replace('-', '_'), out var version))
            {
                throw new InvalidOperationException($"ResourceHub:Blobs:AzureServiceVersion: unknown version {serviceVersion}.");
            }
            options = new BlobClientOptions(version);
        }
        return new BlobContainerClient(connectionString, container, options);
    }
}

/// <summary>The blob store answers (and the container exists).</summary>
public sealed class BlobStoreReadinessCheck(IBlobStore blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await blobs.CheckAsync(timeout.Token);
            return HealthCheckResult.Healthy("blobs");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("blob store unreachable", e);
        }
    }
}
