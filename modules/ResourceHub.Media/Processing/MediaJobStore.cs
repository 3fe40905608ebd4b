using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Claims jobs so that several workers (threads or nodes) never run the same one: on PostgreSQL
/// a row lock skipped by the others (FOR UPDATE SKIP LOCKED), on SQLite a conditional update
/// that only one writer can win. A job whose lease lapsed (its worker died) is claimable again.
/// Text extraction goes first (search waits for it), then thumbnails, then LibreOffice previews
/// (seconds each); within a kind, the oldest job first.
/// </summary>
public sealed class MediaJobStore(ResourceHubDbContext db, TimeProvider clock)
{
    public async Task<MediaJob?> ClaimAsync(TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + lease;
        Guid? id = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? await ClaimWithRowLockAsync(now, until, ct)
            : await ClaimWithConditionalUpdateAsync(now, until, ct);
        return id is null ? null : await db.Set<MediaJob>().AsTracking().FirstAsync(j => j.Id == id, ct);
    }

    /// <summary>Jobs not yet done (waiting or running) and how long the oldest of them has waited.</summary>
    public async Task<(long Queued, TimeSpan Oldest)> MeasureAsync(CancellationToken ct)
    {
        var open = db.Set<MediaJob>().AsNoTracking().Where(j => j.State == MediaJobState.Pending || j.State == MediaJobState.Running);
        var queued = await open.LongCountAsync(ct);
        // Ids are time-ordered (version 7): the lowest is the oldest job.
        var oldest = queued == 0 ? (DateTimeOffset?)null : await open.OrderBy(j => j.Id).Select(j => (DateTimeOffset?)j.CreatedAt).FirstOrDefaultAsync(ct);
        return (queued, oldest is { } at ? clock.GetUtcNow() - at : TimeSpan.Zero);
    }

    private async Task<Guid?> ClaimWithRowLockAsync(DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE "MediaJobs" SET "State" = 'Running', "LockedUntil" = {until}, "Attempts" = "Attempts" + 1, "UpdatedAt" = {now}
            WHERE "Id" = (
                SELECT "Id" FROM "MediaJobs"
                WHERE "State" = 'Pending' OR ("State" = 'Running' AND "LockedUntil" < {now})
                ORDER BY CASE "Kind" WHEN 'ExtractText' THEN 0 WHEN 'Thumbnail' THEN 1 ELSE 2 END, "CreatedAt" LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        return claimed.Count == 0 ? null : claimed[0];
    }

    private async Task<Guid?> ClaimWithConditionalUpdateAsync(DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        for (var tries = 0; tries < 5; tries++)
        {
            var candidate = await db.Set<MediaJob>().AsNoTracking()
                .Where(j => j.State == MediaJobState.Pending || (j.State == MediaJobState.Running && j.LockedUntil < now))
                .OrderBy(j => j.Kind == MediaJobKind.ExtractText ? 0 : j.Kind == MediaJobKind.Thumbnail ? 1 : 2).ThenBy(j => j.CreatedAt)
                .Select(j => new { j.Id, j.State, j.Attempts }).FirstOrDefaultAsync(ct);
            if (candidate is null)
            {
                return null;
            }
            // Only the writer that still sees the row as it was read wins it.
            var won = await db.Set<MediaJob>()
                .Where(j => j.Id == candidate.Id && j.State == candidate.State && j.Attempts == candidate.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, MediaJobState.Running)
                    .SetProperty(j => j.LockedUntil, until)
                    .SetProperty(j => j.Attempts, candidate.Attempts + 1)
                    .SetProperty(j => j.UpdatedAt, now), ct);
            if (won == 1)
            {
                return candidate.Id;
            }
        }
        return null;
    }
}
