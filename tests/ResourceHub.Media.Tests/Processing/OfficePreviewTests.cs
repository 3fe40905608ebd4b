using System.Net;
using System.Net.Http.Headers;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace ResourceHub.Media.Tests.Processing;

/// <summary>Word and PowerPoint page previews made by LibreOffice, served like the files themselves.</summary>
public abstract class OfficePreviewTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A cold LibreOffice start on a busy two-core machine takes several seconds per file.
    private static readonly TimeSpan Conversion = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("工作页.docx")]
    [InlineData("课件.pptx")]
    public async Task Upload_OfficeFile_PreviewPdfHoldsItsPages(string name)
    {
        LibreOffice.EnsureAvailable(site);
        var api = await MediaApi.TeacherAsync(site);
        var word = UniqueWord();
        var bytes = name.EndsWith(".docx", StringComparison.Ordinal) ? OfficeSamples.Docx("车削安全 " + word, "第二页") : OfficeSamples.Pptx(word, "第二张幻灯片");
        var id = (await api.UploadOkAsync(name, bytes))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id, Conversion);

        Assert.True(file["processing"]!["state"]!.GetValue<string>() == "Done", file.ToJsonString());
        Assert.Equal(2, file["processing"]!["pageCount"]!.GetValue<int>());
        await api.AssertThumbnailAsync(file);
        var url = file["previewUrl"]!.GetValue<string>();
        Assert.Equal($"/api/v1/files/{id}/preview", url);
        var response = await api.Api.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(word, PdfText(await response.Content.ReadAsByteArrayAsync(Ct)));
        await AssertRangeAndETagAsync(api.Api, url, response.Headers.ETag!);
        // The package page shows it in the in-page PDF viewer.
        var page = await api.Api.Http.GetStringAsync($"/packages/{api.PackageId}", Ct);
        Assert.Contains($"data-src=\"{url}\"", page);
        Assert.Contains("pdf-viewer.js", page);
    }

    [Fact]
    public async Task Preview_UnpublishedPackage_NotFoundForOutsiders()
    {
        LibreOffice.EnsureAvailable(site);
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("草稿.docx", OfficeSamples.Docx("未发布的工作页")))["id"]!.GetValue<Guid>();
        var url = (await api.ProcessedFileAsync(id, Conversion))["previewUrl"]!.GetValue<string>();
        var outsider = await MediaApi.TeacherAsync(site);

        await ApiClient.ExpectProblemAsync(await outsider.Api.GetAsync(url), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync(url), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await api.Api.GetAsync(url)).StatusCode);
    }

    /// <summary>A PDF printed with an embedded CJK font (LibreOffice's own preview of a Chinese document).</summary>
    [Fact]
    public async Task Upload_PdfWithChineseText_TextExtractedAndFound()
    {
        LibreOffice.EnsureAvailable(site);
        var api = await MediaApi.TeacherAsync(site);
        var word = "数控车床" + Guid.NewGuid().ToString("N")[..6];
        var docx = (await api.UploadOkAsync("教材.docx", OfficeSamples.Docx($"{word}的安全操作规程")))["id"]!.GetValue<Guid>();
        var preview = (await api.ProcessedFileAsync(docx, Conversion))["previewUrl"]!.GetValue<string>();
        var pdf = await api.Api.Http.GetByteArrayAsync(preview, Ct);
        var other = await MediaApi.CreatePackageAsync(api.Api);

        var upload = await ApiClient.ExpectAsync(await MediaApi.Upload(api.Api, other, "教材.pdf", pdf), HttpStatusCode.Created);
        var id = upload["id"]!.GetValue<Guid>();
        var file = await new MediaApi(api.Api, api.SchoolId, other).ProcessedFileAsync(id);

        Assert.Equal("Done", file["processing"]!["state"]!.GetValue<string>());
        Assert.Null(file["previewUrl"]);
        Assert.Contains($"{word}的安全操作规程", await site.ExtractedTextAsync(id));
        await SearchUntilFoundAsync(api.Api, word, other);
    }

    private static string UniqueWord() => "车床Lathe" + Guid.NewGuid().ToString("N")[..8];

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    private static async Task AssertRangeAndETagAsync(ApiClient api, string url, EntityTagHeaderValue etag)
    {
        var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(0, 4);
        var part = await api.Http.SendAsync(range, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("%PDF-", await part.Content.ReadAsStringAsync(Ct));
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Http.SendAsync(again, Ct)).StatusCode);
    }

    /// <summary>Searches until the package is found (the index is updated in the background).</summary>
    private static async Task SearchUntilFoundAsync(ApiClient api, string word, Guid packageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var result = await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(word)), HttpStatusCode.OK);
            if (result["items"]!.AsArray().Any(i => i!["id"]!.GetValue<Guid>() == packageId))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"search for {word} did not find package {packageId}: {result.ToJsonString()}");
            await Task.Delay(200, Ct);
        }
    }
}

public sealed class OfficePreviewTests_Sqlite(MediaSqliteSite site) : OfficePreviewTests(site), IClassFixture<MediaSqliteSite>;

public sealed class OfficePreviewTests_PostgreSql(MediaPostgreSqlSite site) : OfficePreviewTests(site), IClassFixture<MediaPostgreSqlSite>;

public sealed class OfficePreviewTests_Azurite(MediaAzuriteSite site) : OfficePreviewTests(site), IClassFixture<MediaAzuriteSite>;

/// <summary>LibreOffice configured but missing: the file is processed all the same and shows its text.</summary>
public sealed class OfficeWithoutLibreOfficeTests(MediaWithoutLibreOfficeSite site) : IClassFixture<MediaWithoutLibreOfficeSite>
{
    [Fact]
    public async Task Upload_Docx_DoneWithTextAndNoPreview()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("工作页.docx", OfficeSamples.Docx("测量轴径 shaft diameter")))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Done", file["processing"]!["state"]!.GetValue<string>());
        Assert.Null(file["processing"]!["error"]);
        Assert.Null(file["previewUrl"]);
        Assert.Contains("测量轴径", await site.ExtractedTextAsync(id));
        var problem = await ApiClient.ExpectProblemAsync(await api.Api.GetAsync($"/api/v1/files/{id}/preview"), HttpStatusCode.NotFound);
        Assert.Contains("页面预览", problem["detail"]?.GetValue<string>() ?? problem["title"]!.GetValue<string>());
        var page = await api.Api.Http.GetStringAsync($"/packages/{api.PackageId}", TestContext.Current.CancellationToken);
        Assert.Contains("测量轴径", page);
        Assert.DoesNotContain("data-pdf-viewer", page);
    }
}
