using System.Net;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Security;

/// <summary>Announced but empty tus uploads hold no quota, and expire after an hour.</summary>
public sealed class UploadReservationTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    [Fact]
    public async Task EmptyReservations_PastTheQuota_DoNotBlockARealUpload()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        // Fifteen announced files of the largest size: 60 MB, past the school's 40 MB, with no byte sent.
        var reservations = MediaSettings.SchoolQuotaBytes / MediaSettings.MaxFileBytes + 5;
        for (var i = 0; i < reservations; i++)
        {
            var created = await ApiClient.ExpectAsync(await tus.CreateAsync($"占位{i}.zip", MediaSettings.MaxFileBytes), HttpStatusCode.Created);
            var expires = created["expiresAt"]!.GetValue<DateTimeOffset>();
            Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
        }

        await api.UploadOkAsync("真实文件.pdf", SampleFiles.Pdf("quota"));
        var real = await ApiClient.ExpectAsync(await tus.CreateAsync("续传.zip", 1_000_000), HttpStatusCode.Created);
        var location = new Uri($"/api/v1/uploads/{real["id"]}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.NoContent, (await tus.PatchAsync(location, 0, SampleFiles.ZipLike(1_000_000)[..500_000])).StatusCode);
        var upload = await ApiClient.ExpectAsync(await api.Api.GetAsync(location.ToString()), HttpStatusCode.OK);
        // Once bytes arrive the upload lives as long as any resumable upload (24 hours by default).
        Assert.True(upload["expiresAt"]!.GetValue<DateTimeOffset>() - DateTimeOffset.UtcNow > TimeSpan.FromHours(23));
    }

    [Fact]
    public async Task ReceivedBytes_CountAgainstTheQuota()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        var chunk = SampleFiles.ZipLike((int)MediaSettings.MaxFileBytes);
        // Ten uploads that have each received all but their last byte: the school's 40 MB are used.
        for (var i = 0; i < MediaSettings.SchoolQuotaBytes / MediaSettings.MaxFileBytes; i++)
        {
            var created = await ApiClient.ExpectAsync(await tus.CreateAsync($"大文件{i}.zip", MediaSettings.MaxFileBytes), HttpStatusCode.Created);
            var location = new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);
            Assert.Equal(HttpStatusCode.NoContent, (await tus.PatchAsync(location, 0, chunk[..^1])).StatusCode);
        }

        var refused = await ApiClient.ExpectProblemAsync(await api.UploadAsync("放不下.pdf", SampleFiles.Pdf("full")), HttpStatusCode.Conflict);
        Assert.Contains("存储空间", refused["detail"]!.GetValue<string>());
    }
}
