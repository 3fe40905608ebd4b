using System.Net.Http.Headers;
using ResourceHub.Search.Tests.Support;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Search.Tests.Support.SearchNode;

namespace ResourceHub.Search.Tests.Api;

/// <summary>下载最多 orders by downloads people made, not by the player's or reader's requests.</summary>
public sealed class DownloadOrderTests(SqliteSearchSite site) : IClassFixture<SqliteSearchSite>
{
    [Fact]
    public async Task SortByDownloads_FollowsRealDownloads_NotViews()
    {
        var teacher = await site.Node.NewTeacherAsync();
        var code = "DL" + Random.Shared.Next(100_000, 999_999);
        var viewed = await SearchCorpus.CreateAsync(teacher, $"液压回路{code}（常被浏览）", "工作页。", "0104", "WorkPage", null, []);
        var downloaded = await SearchCorpus.CreateAsync(teacher, $"液压回路{code}（常被下载）", "工作页。", "0104", "WorkPage", null, []);
        var viewedFile = await FileOfAsync(teacher, viewed);
        var downloadedFile = await FileOfAsync(teacher, downloaded);
        await site.Node.PublishAsync(teacher, viewed);
        await site.Node.PublishAsync(teacher, downloaded);
        var anonymous = site.Node.Api();

        for (var i = 0; i < 3; i++)
        {
            var read = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/files/{viewedFile}?view=1");
            read.Headers.Range = new RangeHeaderValue(0, null);
            await anonymous.Http.SendAsync(read, TestContext.Current.CancellationToken);
        }
        await anonymous.GetAsync($"/api/v1/files/{downloadedFile}");

        var result = await SearchUntilAsync(anonymous, $"q={code}&sort=Downloads",
            r => r["items"]!.AsArray().Any(i => i!["downloads"]!.GetValue<long>() == 1));
        Assert.Equal([downloaded, viewed], Ids(result));
        Assert.Equal(0, result["items"]![1]!["downloads"]!.GetValue<long>());
    }

    private static async Task<Guid> FileOfAsync(ApiClient teacher, Guid package) =>
        (await teacher.UploadAsync(package, "回路图.txt", "液压回路图说明。"u8.ToArray(), "text/plain"))["id"]!.GetValue<Guid>();
}
