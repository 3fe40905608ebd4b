using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>Uploading, listing, downloading and deleting files through the public API.</summary>
public abstract class FileApiTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_Bytes_StoredByteExactWithSha256()
    {
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike(1_500_000);

        var file = await api.UploadOkAsync("bundle.zip", bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
        Assert.Equal(bytes.Length, file["size"]!.GetValue<long>());
        Assert.Equal("application/zip", file["contentType"]!.GetValue<string>());
        var download = await api.Api.GetAsync($"/api/v1/files/{file["id"]}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var listed = (await api.PackageAsync())["files"]!.AsArray().Single()!;
        Assert.Equal(file["id"]!.GetValue<Guid>(), listed["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Upload_SeveralCopyBuffersAndATail_StoredByteExactWithSha256()
    {
        // More than three of the store's 1 MiB copy buffers and an odd tail: on disk, whole blocks go by direct I/O and the tail through the page cache.
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike((3 << 20) + 654_321);

        var file = await api.UploadOkAsync("lesson-video.zip", bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
        var blobName = await BlobNameAsync(file["id"]!.GetValue<Guid>());
        var blobs = site.Services.GetRequiredService<IBlobStore>();
        if (blobs is ILocalBlobs local)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(local.LocalPath(blobName)!, Ct));
        }
        await using (var stored = (await blobs.OpenReadAsync(blobName, Ct))!)
        {
            var copy = new MemoryStream();
            await stored.CopyToAsync(copy, Ct);
            Assert.Equal(bytes, copy.ToArray());
        }
        var download = await api.Api.GetAsync($"/api/v1/files/{file["id"]}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Upload_ChineseFileName_KeptForDisplayAndDownload()
    {
        var api = await MediaApi.TeacherAsync(site);
        const string name = "数控车床 工作页（第1版）.txt";

        var file = await api.UploadOkAsync(name, "车削加工安全规范"u8.ToArray());

        Assert.Equal(name, file["name"]!.GetValue<string>());
        var download = await api.Api.GetAsync($"/api/v1/files/{file["id"]}");
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Download_RangeAndETag_Answer206And304()
    {
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike(50_000);
        var id = (await api.UploadOkAsync("range.zip", bytes))["id"]!.GetValue<Guid>();

        var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/files/{id}");
        ranged.Headers.Range = new RangeHeaderValue(1000, 1999);
        var partial = await api.Api.Http.SendAsync(ranged, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[1000..2000], await partial.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(bytes.Length, partial.Content.Headers.ContentRange!.Length);

        var etag = partial.Headers.ETag!;
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/files/{id}");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await api.Api.Http.SendAsync(conditional, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("nosniff", notModified.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Download_RangesAndConditions_416AndIfRange()
    {
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike(40_000);
        var id = (await api.UploadOkAsync("实训 记录.zip", bytes))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/files/{id}";
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");

        var beyond = await SendAsync(url, r => r.Headers.Range = new RangeHeaderValue(40_000, null));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal("bytes */40000", beyond.Content.Headers.GetValues("Content-Range").Single());

        var tail = await SendAsync(url, r => r.Headers.Range = new RangeHeaderValue(null, 100));
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(bytes[^100..], await tail.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, tail.Headers.ETag);

        // Resuming with If-Range: the same file gives the rest, a changed one (another tag) the whole file.
        var resumed = await SendAsync(url, r => (r.Headers.Range, r.Headers.IfRange) = (new RangeHeaderValue(30_000, null), new RangeConditionHeaderValue(etag)));
        Assert.Equal(HttpStatusCode.PartialContent, resumed.StatusCode);
        Assert.Equal(bytes[30_000..], await resumed.Content.ReadAsByteArrayAsync(Ct));
        var stale = await SendAsync(url, r => (r.Headers.Range, r.Headers.IfRange) = (new RangeHeaderValue(30_000, null), new RangeConditionHeaderValue("\"other\"")));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(bytes, await stale.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("bytes", stale.Headers.AcceptRanges.Single());
        Assert.Equal("实训 记录.zip", stale.Content.Headers.ContentDisposition!.FileNameStar);

        async Task<HttpResponseMessage> SendAsync(string to, Action<HttpRequestMessage> set)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, to);
            set(request);
            return await api.Api.Http.SendAsync(request, Ct);
        }
    }

    [Fact]
    public async Task Download_FullFetch_CountsForPackage()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("count.txt", "计数"u8.ToArray()))["id"]!.GetValue<Guid>();

        await api.Api.GetAsync($"/api/v1/files/{id}");
        await api.Api.GetAsync($"/api/v1/files/{id}");

        Assert.Equal(2, (await api.PackageAsync())["downloads"]!.GetValue<long>());
    }

    [Fact]
    public async Task Upload_PastSizeLimit_Answers413AndLeavesNoBlob()
    {
        var api = await MediaApi.TeacherAsync(site);
        var before = await FileBlobsAsync();

        var response = await api.UploadAsync("big.zip", SampleFiles.ZipLike((int)MediaSettings.MaxFileBytes + 1));

        await ExpectRefusedAndNothingStoredAsync(api, before, response, HttpStatusCode.RequestEntityTooLarge, "不能超过");
    }

    [Theory]
    [InlineData("textbook.pdf")]
    [InlineData("workpage.docx")]
    [InlineData("photo.jpg")]
    [InlineData("lesson.mp4")]
    public async Task Upload_MislabeledBytes_Answers415AndLeavesNoBlob(string name)
    {
        var api = await MediaApi.TeacherAsync(site);
        var before = await FileBlobsAsync();
        // A PNG under another name; for .docx, a zip without Word's [Content_Types].xml part.
        var bytes = name.EndsWith(".docx", StringComparison.Ordinal) ? SampleFiles.ZipLike(4000) : SampleFiles.Png(8, 8);

        var problem = await ApiClient.ExpectProblemAsync(await api.UploadAsync(name, bytes), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("文件内容与扩展名不符", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await FileBlobsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n--{0}")]
    [InlineData("\r\n--{0}-")]
    [InlineData("\r\n--{0}junk\r\n")]
    public async Task Upload_BodyWithoutItsClosingBoundary_Answers400AndLeavesNoBlob(string end)
    {
        // The file's bytes are all there, the body's end is not: the client was cut off or sent something else.
        var api = await MediaApi.TeacherAsync(site);
        var before = await FileBlobsAsync();
        var bytes = SampleFiles.ZipLike((1 << 20) + 3);

        var response = await api.Api.Http.PostAsync($"/api/v1/packages/{api.PackageId}/files", RawMultipart(bytes, string.Format(end, RawBoundary)));

        await ExpectRefusedAndNothingStoredAsync(api, before, response, HttpStatusCode.BadRequest, "multipart 请求格式有误");
    }

    [Fact]
    public async Task Upload_BoundaryLikeBytesInTheFile_StoredByteExact()
    {
        // The boundary without its CRLF, with LF alone, and cut short: all of them file data (an "x" beside
        // each, so that the random bytes around cannot make a real delimiter of one).
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike(300_000);
        foreach (var (at, text) in new[] { (1000, $"x--{RawBoundary}--"), (70_000, $"x\n--{RawBoundary}\r\n"), (299_000, $"\r\n--{RawBoundary[..20]}x") })
        {
            System.Text.Encoding.ASCII.GetBytes(text).CopyTo(bytes, at);
        }

        var response = await api.Api.Http.PostAsync($"/api/v1/packages/{api.PackageId}/files", RawMultipart(bytes, $"\r\n--{RawBoundary}--\r\n"));

        var file = await ApiClient.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
        var download = await api.Api.GetAsync($"/api/v1/files/{file["id"]}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Upload_KindFieldBeforeTheFile_KindKeptAndFileByteExact()
    {
        // Two parts, as the upload page sends them: the form field first, then the file.
        var api = await MediaApi.TeacherAsync(site);
        var bytes = SampleFiles.ZipLike(200_000);
        var form = new MultipartFormDataContent { { new StringContent("Courseware"), "kind" }, { new ByteArrayContent(bytes), "file", "第一课.zip" } };

        var file = await ApiClient.ExpectAsync(await api.Api.Http.PostAsync($"/api/v1/packages/{api.PackageId}/files", form), HttpStatusCode.Created);

        Assert.Equal("Courseware", file["kind"]!.GetValue<string>());
        Assert.Equal("第一课.zip", file["name"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_TypeNotAllowed_Answers415()
    {
        var api = await MediaApi.TeacherAsync(site);

        var problem = await ApiClient.ExpectProblemAsync(await api.UploadAsync("setup.exe", [0x4D, 0x5A, 0, 0]), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("不支持上传", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_OtherSchoolsDraft_Answers404Everywhere()
    {
        var owner = await MediaApi.TeacherAsync(site);
        var id = (await owner.UploadOkAsync("secret.txt", "草稿"u8.ToArray()))["id"]!.GetValue<Guid>();
        var stranger = await MediaApi.TeacherAsync(site);

        await ApiClient.ExpectProblemAsync(await stranger.UploadAsync("x.txt", "x"u8.ToArray(), owner.PackageId), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await stranger.Api.GetAsync($"/api/v1/files/{id}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await stranger.Api.Http.DeleteAsync($"/api/v1/packages/{owner.PackageId}/files/{id}", Ct), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/files/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Download_RevisionOfPublishedPackage_NewFileHiddenFromOutsiders_PublishedFileOpen()
    {
        var owner = await MediaApi.TeacherAsync(site);
        var published = (await owner.UploadOkAsync("第一版.txt", "已发布"u8.ToArray()))["id"]!.GetValue<Guid>();
        await site.PublishAsync(owner.Api, owner.PackageId);
        await ApiClient.ExpectAsync(await owner.Api.PostAsync($"/api/v1/packages/{owner.PackageId}/revise", new { }), HttpStatusCode.OK);
        var draft = (await owner.UploadOkAsync("修订稿.txt", "修订中"u8.ToArray()))["id"]!.GetValue<Guid>();
        var stranger = await MediaApi.TeacherAsync(site);

        foreach (var outsider in new[] { stranger.Api, site.Api() })
        {
            Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/api/v1/files/{published}")).StatusCode);
            await ApiClient.ExpectProblemAsync(await outsider.GetAsync($"/api/v1/files/{draft}"), HttpStatusCode.NotFound);
        }
        Assert.Equal(HttpStatusCode.OK, (await owner.Api.GetAsync($"/api/v1/files/{draft}")).StatusCode);
    }

    [Fact]
    public async Task Delete_DraftFile_RemovesRowAndBlob()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("gone.zip", SampleFiles.ZipLike(10_000)))["id"]!.GetValue<Guid>();
        var blobName = await BlobNameAsync(id);
        var blobs = site.Services.GetRequiredService<IBlobStore>();
        Assert.NotNull(await blobs.GetInfoAsync(blobName, Ct));

        await ApiClient.ExpectAsync(await api.Api.Http.DeleteAsync($"/api/v1/packages/{api.PackageId}/files/{id}", Ct), HttpStatusCode.NoContent);

        Assert.Null(await blobs.GetInfoAsync(blobName, Ct));
        Assert.Empty((await api.PackageAsync())["files"]!.AsArray());
        await ApiClient.ExpectProblemAsync(await api.Api.GetAsync($"/api/v1/files/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_FileOfSubmittedVersion_LeavesStoredVersionWhole()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("v1.zip", SampleFiles.ZipLike(10_000)))["id"]!.GetValue<Guid>();
        var blobName = await BlobNameAsync(id);
        // Version 1 goes to review and comes back: the returned package is edited as version 2.
        await site.ReturnAsync(api.Api, api.PackageId);

        await ApiClient.ExpectAsync(await api.Api.Http.DeleteAsync($"/api/v1/packages/{api.PackageId}/files/{id}", Ct), HttpStatusCode.NoContent);

        Assert.Empty((await api.PackageAsync())["files"]!.AsArray());
        Assert.NotNull(await site.Services.GetRequiredService<IBlobStore>().GetInfoAsync(blobName, Ct));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var file = await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<PackageFile>().SingleAsync(f => f.Id == id, Ct);
            Assert.True(file.IsIn(1));
            Assert.False(file.IsIn(2));
        }
    }

    [Fact]
    public async Task Upload_PackageInReview_Answers409()
    {
        var api = await MediaApi.TeacherAsync(site);
        await api.Api.SubmitAsync(api.PackageId);

        await ApiClient.ExpectProblemAsync(await api.UploadAsync("late.txt", "迟到"u8.ToArray()), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Upload_SchoolQuotaFull_Answers409()
    {
        var api = await MediaApi.TeacherAsync(site);
        // Files fill the quota (an empty resumable reservation would not: UploadReservationTests).
        for (var i = 0; i < MediaSettings.SchoolQuotaBytes / MediaSettings.MaxFileBytes; i++)
        {
            var bytes = Enumerable.Repeat((byte)('a' + i), (int)MediaSettings.MaxFileBytes).ToArray();
            await ApiClient.ExpectAsync(await api.UploadAsync($"part{i}.txt", bytes), HttpStatusCode.Created);
        }

        var problem = await ApiClient.ExpectProblemAsync(await api.UploadAsync("one-more.txt", "满了"u8.ToArray()), HttpStatusCode.Conflict);

        Assert.Contains("存储空间", problem["detail"]!.GetValue<string>());
    }

    private const string RawBoundary = "rh-raw-boundary-2f9c41";

    /// <summary>A multipart body written by hand: one file part, then whatever end the test gives it.</summary>
    private static ByteArrayContent RawMultipart(byte[] file, string end)
    {
        var body = new MemoryStream();
        body.Write(System.Text.Encoding.UTF8.GetBytes($"--{RawBoundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"课件.zip\"\r\n\r\n"));
        body.Write(file);
        body.Write(System.Text.Encoding.ASCII.GetBytes(end));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={RawBoundary}");
        return content;
    }

    /// <summary>A problem answer with this status and text, no new blob, and no file row in the package.</summary>
    private async Task ExpectRefusedAndNothingStoredAsync(MediaApi api, int blobsBefore, HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var problem = await ApiClient.ExpectProblemAsync(response, status);
        Assert.Contains(detail, problem["detail"]!.GetValue<string>());
        Assert.Equal(blobsBefore, await FileBlobsAsync());
        Assert.Empty((await api.PackageAsync())["files"]!.AsArray());
    }

    private async Task<int> FileBlobsAsync()
    {
        var count = 0;
        await foreach (var blob in site.Services.GetRequiredService<IBlobStore>().ListAsync(Ct))
        {
            count += blob.Name.StartsWith("f/", StringComparison.Ordinal) ? 1 : 0;
        }
        return count;
    }

    private async Task<string> BlobNameAsync(Guid fileId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        return await db.Set<PackageFile>().Where(f => f.Id == fileId).Select(f => f.BlobName).SingleAsync(Ct);
    }
}

public sealed class FileApiTests_Sqlite(MediaSqliteSite site) : FileApiTests(site), IClassFixture<MediaSqliteSite>;

public sealed class FileApiTests_PostgreSql(MediaPostgreSqlSite site) : FileApiTests(site), IClassFixture<MediaPostgreSqlSite>;

public sealed class FileApiTests_Azurite(MediaAzuriteSite site) : FileApiTests(site), IClassFixture<MediaAzuriteSite>;
