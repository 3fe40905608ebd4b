using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Processing;

/// <summary>
/// Search waits for text extraction, so the queue hands it out first: a file uploaded after others
/// has its text extracted before their thumbnails and LibreOffice previews, on either database.
/// </summary>
public abstract class JobOrderTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_TextExtraction_BeforeThumbnailsAndPreviewsQueuedEarlier()
    {
        var api = await MediaApi.TeacherAsync(site);
        var image = await UploadAsync(api, "接线图.png", SampleFiles.Png(64, 48));   // a thumbnail
        var word = await UploadAsync(api, "工作页.docx", OfficeSamples.Docx("车削安全")); // text, then a preview
        var pdf = await UploadAsync(api, "教材.pdf", SampleFiles.Pdf("CNC lathe"));      // text, then a thumbnail

        var claimed = new List<(Guid File, MediaJobKind Kind)>();
        while (await ClaimAsync() is { } job)
        {
            if (job.FileId == image || job.FileId == word || job.FileId == pdf)
            {
                claimed.Add((job.FileId, job.Kind));
            }
        }

        Assert.Equal(
            [(word, MediaJobKind.ExtractText), (pdf, MediaJobKind.ExtractText), (image, MediaJobKind.Thumbnail), (pdf, MediaJobKind.Thumbnail), (word, MediaJobKind.Preview)],
            claimed);
    }

    private static async Task<Guid> UploadAsync(MediaApi api, string name, byte[] bytes) =>
        (await api.UploadOkAsync(name, bytes))["id"]!.GetValue<Guid>();

    private async Task<MediaJob?> ClaimAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaJobStore>().ClaimAsync(TimeSpan.FromMinutes(5), Ct);
    }
}

public sealed class JobOrderTests_Sqlite(MediaIdleSqliteSite site) : JobOrderTests(site), IClassFixture<MediaIdleSqliteSite>;

public sealed class JobOrderTests_PostgreSql(MediaIdlePostgreSqlSite site) : JobOrderTests(site), IClassFixture<MediaIdlePostgreSqlSite>;

/// <summary>A node configured for N workers runs N jobs at once, and never more.</summary>
public sealed class WorkerCountTests(MediaThreeWorkersSite site) : IClassFixture<MediaThreeWorkersSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_ConfiguredForThree_RunsThreeJobsAtOnce()
    {
        // LibreOffice previews take seconds each: long enough for the running jobs to be seen together.
        LibreOffice.EnsureAvailable(site);
        var api = await MediaApi.TeacherAsync(site);
        var files = new List<Guid>();
        for (var i = 1; i <= MediaThreeWorkersSite.Workers + 1; i++)
        {
            files.Add((await api.UploadOkAsync($"课件{i}.docx", OfficeSamples.Docx($"第{i}课 车削安全")))["id"]!.GetValue<Guid>());
        }

        var most = 0;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await OpenJobsAsync(files) is var (open, running) && open > 0)
        {
            most = Math.Max(most, running);
            Assert.True(DateTime.UtcNow < deadline, $"{open} jobs still open");
            await Task.Delay(20, Ct);
        }

        Assert.Equal(MediaThreeWorkersSite.Workers, most);
        foreach (var id in files)
        {
            Assert.Equal("Done", (await api.ProcessedFileAsync(id))["processing"]!["state"]!.GetValue<string>());
        }
    }

    private async Task<(int Open, int Running)> OpenJobsAsync(List<Guid> files)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var jobs = await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<MediaJob>()
            .Where(j => files.Contains(j.FileId) && (j.State == MediaJobState.Pending || j.State == MediaJobState.Running))
            .Select(j => j.State).ToListAsync(Ct);
        return (jobs.Count, jobs.Count(s => s == MediaJobState.Running));
    }
}
