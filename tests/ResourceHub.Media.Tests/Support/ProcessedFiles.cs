using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Content;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Support;

/// <summary>What the background work made of an uploaded file, as the processing tests check it.</summary>
public static class ProcessedFiles
{
    public static async Task<string> ExtractedTextAsync(this SiteFixture site, Guid packageId, Guid fileId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var texts = await scope.ServiceProvider.GetRequiredService<IExtractedTextSource>().ForFilesAsync([fileId], TestContext.Current.CancellationToken);
        return texts.Single(t => t.FileId == fileId).Text;
    }

    public static async Task AssertThumbnailAsync(this MediaApi api, JsonNode file)
    {
        var url = file["thumbnailUrl"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(url), $"no thumbnail: {file.ToJsonString()}");
        var response = await api.Api.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 100 && bytes[0] == 0xFF && bytes[1] == 0xD8);
    }
}
