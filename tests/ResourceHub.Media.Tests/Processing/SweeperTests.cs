using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Storage;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Processing;

/// <summary>After a crash: bytes without a row and abandoned uploads are cleared; files in use are not.</summary>
public abstract class SweeperTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sweep_OrphanBlobPastGrace_DeletedWhileReferencedAndYoungStay()
    {
        var api = await MediaApi.TeacherAsync(site);
        var kept = (await api.UploadOkAsync("kept.zip", SampleFiles.ZipLike(5000)))["id"]!.GetValue<Guid>();
        var store = (FileSystemBlobStore)site.Services.GetRequiredService<IBlobStore>();
        var orphan = BlobNames.New();
        var young = BlobNames.New();
        await store.PutAsync(orphan, new MemoryStream([1, 2, 3]), Ct);
        await store.PutAsync(young, new MemoryStream([4, 5, 6]), Ct);
        // A crash between writing the blob and its row, two hours ago; the kept file is as old.
        Age(store, orphan);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
            Age(store, await db.Set<Resources.Models.PackageFile>().Where(f => f.Id == kept).Select(f => f.BlobName).SingleAsync(Ct));
        }

        await site.Services.GetRequiredService<StorageSweeper>().SweepAsync(Ct);

        Assert.Null(await store.GetInfoAsync(orphan, Ct));
        Assert.NotNull(await store.GetInfoAsync(young, Ct));
        Assert.Equal(HttpStatusCode.OK, (await api.Api.GetAsync($"/api/v1/files/{kept}")).StatusCode);
    }

    [Fact]
    public async Task Sweep_ExpiredUpload_SessionAndStagedBytesGone()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        var created = await ApiClient.ExpectAsync(await tus.CreateAsync("abandoned.zip", 1000), HttpStatusCode.Created);
        var location = new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.NoContent, (await tus.PatchAsync(location, 0, SampleFiles.ZipLike(400))).StatusCode);
        var id = created["id"]!.GetValue<Guid>();
        // The staged block, under the shared data path (the file-system store).
        var partial = Path.Combine(site.DataPath, "uploads", $"u_{id:N}");
        Assert.Single(Directory.GetFiles(partial));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<UploadSession>().Where(u => u.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct);
        }

        var report = await site.Services.GetRequiredService<StorageSweeper>().SweepAsync(Ct);

        Assert.True(report.ExpiredUploads >= 1);
        Assert.False(Directory.Exists(partial));
        var head = new HttpRequestMessage(HttpMethod.Head, location);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Api.Http.SendAsync(head, Ct)).StatusCode);
    }

    [Fact]
    public async Task Sweep_OfficePreviewAndThumbnail_KeptWhileReferencedAndDeletedWithTheirFile()
    {
        LibreOffice.EnsureAvailable(site);
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("工作页.docx", OfficeSamples.Docx("车削工作页")))["id"]!.GetValue<Guid>();
        Assert.NotNull((await api.ProcessedFileAsync(id, TimeSpan.FromSeconds(120)))["previewUrl"]);
        var store = (FileSystemBlobStore)site.Services.GetRequiredService<IBlobStore>();
        List<string> derived;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var processing = await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<FileProcessing>().SingleAsync(p => p.FileId == id, Ct);
            derived = processing.DerivedBlobs().ToList();
        }
        Assert.Equal(2, derived.Count);
        derived.ForEach(blob => Age(store, blob));

        await site.Services.GetRequiredService<StorageSweeper>().SweepAsync(Ct);
        foreach (var blob in derived)
        {
            Assert.NotNull(await store.GetInfoAsync(blob, Ct));
        }

        await ApiClient.ExpectAsync(await api.Api.Http.DeleteAsync($"/api/v1/packages/{api.PackageId}/files/{id}", Ct), HttpStatusCode.NoContent);
        foreach (var blob in derived)
        {
            Assert.Null(await store.GetInfoAsync(blob, Ct));
        }
    }

    private static void Age(FileSystemBlobStore store, string name) =>
        File.SetLastWriteTimeUtc(Path.Combine(store.Root, name), DateTime.UtcNow.AddHours(-2));
}

public sealed class SweeperTests_Sqlite(MediaSqliteSite site) : SweeperTests(site), IClassFixture<MediaSqliteSite>;

public sealed class SweeperTests_PostgreSql(MediaPostgreSqlSite site) : SweeperTests(site), IClassFixture<MediaPostgreSqlSite>;
