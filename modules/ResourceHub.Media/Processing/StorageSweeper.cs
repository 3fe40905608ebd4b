using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Models;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Clears what a crash or an abandoned upload left behind: blobs no row names (older than the
/// grace period, so an upload between writing its blob and its row is never touched), expired
/// resumable uploads with their staged bytes.
/// </summary>
public sealed class StorageSweeper(IServiceScopeFactory scopes, IOptions<FilesOptions> options, TimeProvider clock, ILogger<StorageSweeper> log) : BackgroundService
{
    public sealed record Report(int OrphanBlobs, int ExpiredUploads);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepMinutes), clock);
        do
        {
            try
            {
                var report = await SweepAsync(stoppingToken);
                if (report.OrphanBlobs + report.ExpiredUploads > 0)
                {
                    log.LogInformation("Sweeper cleared {Blobs} orphan blobs and {Uploads} expired uploads", report.OrphanBlobs, report.ExpiredUploads);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Storage sweep failed; trying again at the next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<Report> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        var staged = scope.ServiceProvider.GetRequiredService<IStagedBlobs>();
        var now = clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromMinutes(options.Value.OrphanGraceMinutes);

        var expired = await db.Set<UploadSession>().Where(u => u.ExpiresAt < now).ToListAsync(ct);
        // The staged bytes first, then the row: a crash in between leaves a row that the next sweep clears.
        var gone = new List<UploadSession>();
        foreach (var session in expired)
        {
            try
            {
                await staged.DiscardAsync(UploadBlockWriter.BlobName(session.Id), ct);
                gone.Add(session);
            }
            catch (Exception e) when (e is IOException or Azure.RequestFailedException)
            {
                // The store hiccupped: this upload keeps its row, and the next sweep tries again.
                log.LogWarning(e, "Could not discard the staged bytes of expired upload {Upload}", session.Id);
            }
        }
        db.RemoveRange(gone);
        await db.SaveChangesAsync(ct);

        // Names first, then the listing: a blob written after the names were read is young and spared by the cutoff.
        // The owners name their files' blobs (Resources: every version's package files); Media names the derived ones.
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        referenced.UnionWith(await db.Set<FileProcessing>().Where(p => p.ThumbnailBlob != null).Select(p => p.ThumbnailBlob!).ToListAsync(ct));
        referenced.UnionWith(await db.Set<FileProcessing>().Where(p => p.PreviewBlob != null).Select(p => p.PreviewBlob!).ToListAsync(ct));
        foreach (var others in scope.ServiceProvider.GetServices<IBlobReferences>())
        {
            referenced.UnionWith(await others.ReferencedAsync(ct));
        }
        var orphans = 0;
        await foreach (var blob in blobs.ListAsync(ct))
        {
            if (blob.LastModified < cutoff && !referenced.Contains(blob.Name))
            {
                await blobs.DeleteAsync(blob.Name, ct);
                orphans++;
            }
        }
        return new(orphans, gone.Count);
    }
}
