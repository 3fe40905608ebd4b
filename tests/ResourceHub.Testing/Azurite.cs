using System.Net.Sockets;

namespace ResourceHub.Testing;

/// <summary>
/// The local Azure Storage emulator (npm azurite): <c>azurite-blob --blobHost 127.0.0.1 --blobPort 10000</c>.
/// Another endpoint can be named by RESOURCEHUB_TEST_AZURITE (a full connection string).
/// </summary>
public static class Azurite
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("RESOURCEHUB_TEST_AZURITE") is { Length: > 0 } s ? s : "UseDevelopmentStorage=true";

    /// <summary>The newest REST API version the npm azurite 3.35 accepts (the SDK's default is newer).</summary>
    public static string ServiceVersion =>
        Environment.GetEnvironmentVariable("RESOURCEHUB_TEST_AZURITE_VERSION") is { Length: > 0 } v ? v : "2025-11-05";

    /// <summary>The site's settings for blobs in the emulator, in <paramref name="container"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string container) =>
    [
        new("ResourceHub:Blobs:Provider", "AzureBlob"),
        new("ResourceHub:Blobs:AzureConnectionString", ConnectionString),
        new("ResourceHub:Blobs:AzureContainer", container),
        new("ResourceHub:Blobs:AzureServiceVersion", ServiceVersion),
    ];

    /// <summary>Null when the emulator answers; otherwise why not.</summary>
    public static async Task<string?> UnavailableReasonAsync()
    {
        if (Environment.GetEnvironmentVariable("RESOURCEHUB_TEST_AZURITE") is { Length: > 0 })
        {
            return null;
        }
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync("127.0.0.1", 10000, timeout.Token);
            return null;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return $"nothing listens on 127.0.0.1:10000 ({e.Message}); start it with azurite-blob --blobHost 127.0.0.1 --blobPort 10000";
        }
    }
}
