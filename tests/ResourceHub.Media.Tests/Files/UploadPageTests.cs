using System.Net;
using ResourceHub.Media.Tests.Support;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>The upload page: open to the package's own teachers, hidden from other schools.</summary>
public sealed class UploadPageTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    [Fact]
    public async Task Get_OwnDraft_ShowsResumableUploader()
    {
        var api = await MediaApi.TeacherAsync(site);

        var response = await api.Api.GetAsync($"/packages/{api.PackageId}/upload");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/uploads", html);
        Assert.Contains($"data-package=\"{api.PackageId}\"", html);
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
