using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Processing;

/// <summary>
/// A node that claimed a job and died: its lease lapses (no heartbeat), another worker claims the
/// job again and makes the one thumbnail; the dead node's late result, should it ever come, is refused.
/// </summary>
public abstract class JobTakeoverTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Job_OfADeadNode_ClaimedAgainAfterLease_OneThumbnailAndTheLateResultRefused()
    {
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("接线图.png", SampleFiles.Png(64, 48)))["id"]!.GetValue<Guid>();
        await api.ProcessedFileAsync(id);

        // The dead node: it claimed the thumbnail job (attempt 1, lease 3 s), started, and stopped beating.
        await using var deadNode = site.Services.CreateAsyncScope();
        var db = deadNode.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        await db.Set<FileProcessing>().Where(p => p.FileId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, ProcessingState.Pending).SetProperty(p => p.ThumbnailBlob, (string?)null), Ct);
        await db.Set<MediaJob>().Where(j => j.FileId == id && j.Kind == MediaJobKind.Thumbnail)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, MediaJobState.Running).SetProperty(j => j.Attempts, 1)
                .SetProperty(j => j.LockedUntil, DateTimeOffset.UtcNow.AddSeconds(3)), Ct);
        var claimed = await db.Set<MediaJob>().AsTracking().SingleAsync(j => j.FileId == id && j.Kind == MediaJobKind.Thumbnail, Ct);
        var thumbnailsBefore = await ThumbnailBlobsAsync();

        // The site's worker takes the job over once the lease has lapsed.
        var file = await api.ProcessedFileAsync(id);
        await api.AssertThumbnailAsync(file);
        var thumbnail = await ThumbnailOfAsync(id);
        Assert.NotNull(thumbnail);
        Assert.Equal(thumbnailsBefore + 1, await ThumbnailBlobsAsync());

        // The dead node comes back and finishes its attempt: its save is refused and its blob removed.
        await deadNode.ServiceProvider.GetRequiredService<MediaJobRunner>().RunAsync(claimed, Ct);

        Assert.Equal(thumbnail, await ThumbnailOfAsync(id));
        Assert.Equal(thumbnailsBefore + 1, await ThumbnailBlobsAsync());
        var job = await ReadAsync(d => d.Set<MediaJob>().SingleAsync(j => j.FileId == id && j.Kind == MediaJobKind.Thumbnail, Ct));
        Assert.Equal((MediaJobState.Done, 2), (job.State, job.Attempts));
    }

    private Task<string?> ThumbnailOfAsync(Guid fileId) =>
        ReadAsync(d => d.Set<FileProcessing>().Where(p => p.FileId == fileId).Select(p => p.ThumbnailBlob).SingleAsync(Ct));

    private async Task<int> ThumbnailBlobsAsync()
    {
        var count = 0;
        await foreach (var blob in site.Services.GetRequiredService<IBlobStore>().ListAsync(Ct))
        {
            count += blob.Name.StartsWith("t/", StringComparison.Ordinal) ? 1 : 0;
        }
        return count;
    }

    private async Task<T> ReadAsync<T>(Func<ResourceHubDbContext, Task<T>> read)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>());
    }
}

public sealed class JobTakeoverTests_Sqlite(MediaSqliteSite site) : JobTakeoverTests(site), IClassFixture<MediaSqliteSite>;

public sealed class JobTakeoverTests_PostgreSql(MediaPostgreSqlSite site) : JobTakeoverTests(site), IClassFixture<MediaPostgreSqlSite>;
