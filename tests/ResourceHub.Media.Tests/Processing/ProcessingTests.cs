using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Processing;

/// <summary>Background work after an upload: text, thumbnails, durations, and clean failures.</summary>
public abstract class ProcessingTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_Pdf_TextExtractedAndThumbnailMade()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("textbook.pdf", SampleFiles.Pdf("Turning lathe safety rules chapter one")))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Done", file["processing"]!["state"]!.GetValue<string>());
        Assert.Equal(1, file["processing"]!["pageCount"]!.GetValue<int>());
        Assert.Contains("lathe safety", await site.ExtractedTextAsync(id));
        await api.AssertThumbnailAsync(file);
    }

    [Fact]
    public async Task Upload_DocxAndPptx_TextExtracted()
    {
        var api = await MediaApi.TeacherAsync(site);
        var docx = (await api.UploadOkAsync("workpage.docx", OfficeSamples.Docx("Measure the shaft diameter")))["id"]!.GetValue<Guid>();
        var pptx = (await api.UploadOkAsync("courseware.pptx", OfficeSamples.Pptx("Milling machine overview")))["id"]!.GetValue<Guid>();

        Assert.Equal("Done", (await api.ProcessedFileAsync(docx))["processing"]!["state"]!.GetValue<string>());
        Assert.Equal("Done", (await api.ProcessedFileAsync(pptx))["processing"]!["state"]!.GetValue<string>());

        Assert.Contains("shaft diameter", await site.ExtractedTextAsync(docx));
        Assert.Contains("Milling machine", await site.ExtractedTextAsync(pptx));
    }

    [Fact]
    public async Task Upload_ZipBomb_ProcessingFailsCleanly()
    {
        var api = await MediaApi.TeacherAsync(site);
        var bomb = SampleFiles.ZipBombDocx(200L << 20);
        Assert.True(bomb.Length < MediaSettings.MaxFileBytes);

        var id = (await api.UploadOkAsync("bomb.docx", bomb))["id"]!.GetValue<Guid>();
        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Failed", file["processing"]!["state"]!.GetValue<string>());
        Assert.Contains("压缩炸弹", file["processing"]!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await site.Api().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Upload_DecompressionBombImage_ProcessingFailsCleanly()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("poster.png", SampleFiles.PngBomb(200_000, 200_000)))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Failed", file["processing"]!["state"]!.GetValue<string>());
        Assert.Contains("超过处理上限", file["processing"]!["error"]!.GetValue<string>());
        Assert.Null(file["thumbnailUrl"]);
    }

    [Fact]
    public async Task Upload_Png_ThumbnailServed()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("设备照片.png", SampleFiles.Png(1200, 800)))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Done", file["processing"]!["state"]!.GetValue<string>());
        await api.AssertThumbnailAsync(file);
    }

    [Fact]
    public async Task Upload_Video_PosterFrameAndDuration()
    {
        var video = Path.Combine(Path.GetTempPath(), $"rh-{Guid.NewGuid():N}.mp4");
        try
        {
            using (var ffmpeg = Process.Start("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "testsrc=duration=3:size=160x120:rate=10", "-pix_fmt", "yuv420p", "-y", video]))
            {
                await ffmpeg.WaitForExitAsync(Ct);
            }
            var api = await MediaApi.TeacherAsync(site);
            var id = (await api.UploadOkAsync("实训演示.mp4", await File.ReadAllBytesAsync(video, Ct)))["id"]!.GetValue<Guid>();

            var file = await api.ProcessedFileAsync(id);

            Assert.Equal("Done", file["processing"]!["state"]!.GetValue<string>());
            Assert.InRange(file["processing"]!["durationSeconds"]!.GetValue<double>(), 2.5, 3.5);
            await api.AssertThumbnailAsync(file);
        }
        finally
        {
            File.Delete(video);
        }
    }

    [Fact]
    public async Task Worker_ClaimLapsedAfterCrash_RunsJobAgain()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("notes.md", "# 车削\n\n切削用量的选择"u8.ToArray()))["id"]!.GetValue<Guid>();
        await api.ProcessedFileAsync(id);

        // As if a node died mid-job: the claim is held by nobody and the result was never written.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
            await db.Set<FileProcessing>().Where(p => p.FileId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, ProcessingState.Pending).SetProperty(p => p.Text, (string?)null), Ct);
            await db.Set<MediaJob>().Where(j => j.FileId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, MediaJobState.Running).SetProperty(j => j.LockedUntil, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct);
        }

        Assert.Equal("Done", (await api.ProcessedFileAsync(id))["processing"]!["state"]!.GetValue<string>());
        Assert.Contains("切削用量", await site.ExtractedTextAsync(id));
    }
}

public sealed class ProcessingTests_Sqlite(MediaSqliteSite site) : ProcessingTests(site), IClassFixture<MediaSqliteSite>;

public sealed class ProcessingTests_PostgreSql(MediaPostgreSqlSite site) : ProcessingTests(site), IClassFixture<MediaPostgreSqlSite>;

public sealed class ProcessingTests_Azurite(MediaAzuriteSite site) : ProcessingTests(site), IClassFixture<MediaAzuriteSite>;
