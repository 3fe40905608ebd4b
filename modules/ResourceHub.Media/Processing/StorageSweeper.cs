using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;
using ResourceHub.Media.Services;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Clears what a crash or an abandoned upload left behind: blobs no row names (older than the
/// grace period, so an upload between writing its blob and its row is never touched), expired
/// resumable uploads with their partial bytes, and stray partial files.
/// </summary>
public sealed class StorageSweeper(IServiceScopeFactory scopes, IOptions<FilesOptions> options, TimeProvider clock, ILogger<StorageSweeper> log) : BackgroundService
{
    public sealed record Report(int OrphanBlobs, int ExpiredUploads, int StrayPartials);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepMinutes), clock);
        do
        {
            try
            {
                var report = await SweepAsync(stoppingToken);
                if (report.OrphanBlobs + report.ExpiredUploads + report.StrayPartials > 0)
                {
                    log.LogInformation("Sweeper cleared {Blobs} orphan blobs, {Uploads} expired uploads, {Partials} stray partial files",
                        report.OrphanBlobs, report.ExpiredUploads, report.StrayPartials);
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
        var uploads = scope.ServiceProvider.GetRequiredService<UploadSessionService>();
        var now = clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromMinutes(options.Value.OrphanGraceMinutes);

        var expired = await db.Set<UploadSession>().Where(u => u.ExpiresAt < now).ToListAsync(ct);
        foreach (var session in expired)
        {
            File.Delete(uploads.PartialPath(session.Id));
        }
        db.RemoveRange(expired);
        await db.SaveChangesAsync(ct);

        var live = (await db.Set<UploadSession>().Select(u => u.Id).ToListAsync(ct)).Select(uploads.PartialPath).ToHashSet();
        var strays = 0;
        foreach (var partial in Directory.EnumerateFiles(Path.GetDirectoryName(uploads.PartialPath(Guid.Empty))!, "*.part"))
        {
            if (!live.Contains(partial) && File.GetLastWriteTimeUtc(partial) < cutoff)
            {
                File.Delete(partial);
                strays++;
            }
        }

        // Names first, then the listing: a blob written after the names were read is young and spared by the cutoff.
        var referenced = (await db.Set<PackageFile>().Select(f => f.BlobName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        referenced.UnionWith(await db.Set<FileProcessing>().Where(p => p.ThumbnailBlob != null).Select(p => p.ThumbnailBlob!).ToListAsync(ct));
        referenced.UnionWith(await db.Set<FileProcessing>().Where(p => p.PreviewBlob != null).Select(p => p.PreviewBlob!).ToListAsync(ct));
        var orphans = 0;
        await foreach (var blob in blobs.ListAsync(ct))
        {
            if (blob.LastModified < cutoff && !referenced.Contains(blob.Name))
            {
                await blobs.DeleteAsync(blob.Name, ct);
                orphans++;
            }
        }
        return new(orphans, expired.Count, strays);
    }
}
