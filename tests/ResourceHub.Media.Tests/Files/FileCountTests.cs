using System.Net;
using System.Net.Http.Headers;
using ResourceHub.Media.Tests.Support;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>
/// Honest counts: a download is a person fetching the whole file, not the player's preload, the
/// reader's chunks, a probe or a resumption; opening a file on the page counts as a view.
/// </summary>
public sealed class FileCountTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PreloadProbesResumptionsAndPageReads_CountNoDownload()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("video.zip", SampleFiles.ZipLike(50_000)))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/files/{id}";

        // The player's metadata preload: its first range from 0, then a range near the end.
        var preload = await SendAsync(api, url, range: (0, null), destination: "video");
        await SendAsync(api, url, range: (49_000, null), destination: "video");
        // A probe of two bytes, a download resumed from the middle, a copy the client already holds, a HEAD.
        await SendAsync(api, url, range: (0, 1));
        await SendAsync(api, url, range: (25_000, null));
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(preload.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Api.Http.SendAsync(again, Ct)).StatusCode);
        await api.Api.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Ct);
        // The page's PDF reader asks with ?view=1 and reads in chunks.
        await SendAsync(api, url + "?view=1", destination: "empty");
        await SendAsync(api, url + "?view=1", range: (30_000, null), destination: "empty");
        // A page's script reading it without the flag (the 研修 reader) is a view all the same.
        await SendAsync(api, url, destination: "empty");

        var package = await api.PackageAsync();
        Assert.Equal(HttpStatusCode.PartialContent, preload.StatusCode);
        Assert.Equal(0, package["downloads"]!.GetValue<long>());
        Assert.Equal(3, package["views"]!.GetValue<long>());
    }

    [Fact]
    public async Task WholeFileOrFirstRangeFromZero_CountsAsADownloadEach()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("count.zip", SampleFiles.ZipLike(20_000)))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/files/{id}";

        await SendAsync(api, url);                                   // an API client
        await SendAsync(api, url, destination: "document");          // the file opened in a browser tab
        await SendAsync(api, url, destination: "empty", mode: "navigate"); // a download link clicked (Chromium)
        await SendAsync(api, url, range: (0, null));                 // a download manager starting
        await SendAsync(api, url, range: (0, 19_999));               // the whole file as one range

        var package = await api.PackageAsync();
        Assert.Equal(5, package["downloads"]!.GetValue<long>());
        Assert.Equal(0, package["views"]!.GetValue<long>());
    }

    private static async Task<HttpResponseMessage> SendAsync(
        MediaApi api, string url, (long From, long? To)? range = null, string? destination = null, string? mode = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (range is { } r)
        {
            request.Headers.Range = new RangeHeaderValue(r.From, r.To);
        }
        if (destination is not null)
        {
            request.Headers.Add("Sec-Fetch-Dest", destination);
            request.Headers.Add("Sec-Fetch-Mode", mode ?? destination switch { "empty" => "cors", "document" => "navigate", _ => "no-cors" });
        }
        var response = await api.Api.Http.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        return response;
    }
}
