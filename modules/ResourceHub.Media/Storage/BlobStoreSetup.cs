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
            services.AddSingleton<IBlobStore>(new AzureBlobStore(new BlobContainerClient(connection, containerName)));
        }
        else if (provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IBlobStore>(sp => new FileSystemBlobStore(sp.GetRequiredService<SitePaths>().Data("blobs")));
        }
        else
        {
            throw new InvalidOperationException($"ResourceHub:Blobs:Provider must be FileSystem or AzureBlob, not {provider}.");
        }
        services.AddHealthChecks().AddCheck<BlobStoreReadinessCheck>("blobs", tags: ["ready"]);
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
