using System.Net.Http.Headers;
using System.Text;

namespace ResourceHub.Testing;

/// <summary>The calls a tus 1.0 client makes, for files of package <paramref name="packageId"/>.</summary>
public sealed class TusClient(ApiClient api, Guid packageId)
{
    public Task<HttpResponseMessage> CreateAsync(string fileName, long length, string? kind = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/uploads");
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Length", length.ToString());
        var metadata = $"filename {B64(fileName)},packageId {B64(packageId.ToString())}" + (kind is null ? "" : $",kind {B64(kind)}");
        request.Headers.Add("Upload-Metadata", metadata);
        return api.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PatchAsync(Uri location, long offset, HttpContent body, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, location) { Content = body };
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Offset", offset.ToString());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        return api.Http.SendAsync(request, ct);
    }

    public Task<HttpResponseMessage> PatchAsync(Uri location, long offset, byte[] bytes) => PatchAsync(location, offset, new ByteArrayContent(bytes));

    public async Task<long> OffsetAsync(Uri location)
    {
        var request = new HttpRequestMessage(HttpMethod.Head, location);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        var response = await api.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single());
    }

    private static string B64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
