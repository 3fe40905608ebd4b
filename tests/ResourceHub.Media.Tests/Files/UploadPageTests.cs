using System.Net;
using ResourceHub.Media.Tests.Support;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>The upload page: open to the package's own teachers, hidden from other schools.</summary>
public sealed class UploadPageTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    [Fact]
    public async Task Get_OwnDraft_ShowsResumableUploaderAndEachFileWithItsState()
    {
        var api = await MediaApi.TeacherAsync(site);
        await api.UploadOkAsync("说明.txt", "工学一体化教学资源说明。"u8.ToArray());

        var response = await api.Api.GetAsync($"/packages/{api.PackageId}/upload");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("dist/upload.js", html);
        Assert.Contains($"data-package=\"{api.PackageId}\"", html);
        Assert.Contains("资源包中的文件（1）", html);
        Assert.Contains("说明.txt", html);
        Assert.Matches("排队等待处理|正在提取文字|已就绪", html);

        // The list alone, as the page asks for it while files are processed.
        var list = WebUtility.HtmlDecode(await (await api.Api.GetAsync($"/packages/{api.PackageId}/upload?handler=Files")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("<section id=\"uploaded\"", list.TrimStart());
        Assert.DoesNotContain("<html", list);
    }

    [Fact]
    public async Task Get_OtherSchoolsDraft_NotFound()
    {
        var owner = await MediaApi.TeacherAsync(site);
        var stranger = await MediaApi.TeacherAsync(site);

        var response = await stranger.Api.GetAsync($"/packages/{owner.PackageId}/upload");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
