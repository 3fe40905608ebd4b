using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResourceHub.Core.Data;
using ResourceHub.Core.Diagnostics;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the task table: on start it opens the index (rebuilding
/// a missing or damaged one from the database) and catches up from its cursor; then it polls.
/// </summary>
public sealed class IndexWorker(SearchIndex index, IServiceScopeFactory scopes, SearchOptions options, SiteMetrics metrics, ILogger<IndexWorker> logger) : BackgroundService
{
    private const int BatchSize = 500;
    /// <summary>Tasks this far behind the newest are read again after a rebuild: commits still in flight then.</summary>
    private const int RebuildOverlap = 100;

    private readonly SemaphoreSlim _wake = new(0);
    private volatile bool _rebuildRequested;

    /// <summary>Asks for a rebuild from the database; it runs on the worker, between batches.</summary>
    public void RequestRebuild()
    {
        _rebuildRequested = true;
        _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Opening is quick and happens during start-up, so searches never meet a closed index.
        _rebuildRequested = !index.Open();
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_rebuildRequested)
                {
                    _rebuildRequested = false;
                    await RebuildAsync(stoppingToken);
                }
                while (await CatchUpAsync(stoppingToken))
                {
                }
                index.IsReady = true;
                await MeasureLagAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the cursor did not move, so nothing is lost.
                logger.LogError(e, "Search indexing failed; retrying.");
            }
            try
            {
                await _wake.WaitAsync(TimeSpan.FromSeconds(options.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Applies one batch of tasks; true when there may be more.</summary>
    private async Task<bool> CatchUpAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var cursor = index.Cursor;
        var last = cursor.Last;
        var gaps = cursor.Gaps.Keys.ToList();
        var tasks = await db.Set<IndexingTask>().AsNoTracking()
            .Where(t => t.Id > last || gaps.Contains(t.Id))
            .OrderBy(t => t.Id).Take(BatchSize)
            .Select(t => new { t.Id, t.PackageId })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        if (tasks.Count == 0 && !cursor.HasExpiredGaps(now))
        {
            return false;
        }
        var source = scope.ServiceProvider.GetRequiredService<PackageDocumentSource>();
        foreach (var (id, documents) in await source.LoadAsync(tasks.Select(t => t.PackageId).Distinct().ToList(), ct))
        {
            index.Put(id, documents);
        }
        index.Commit(cursor.Advance(tasks.Select(t => t.Id).ToList(), now));
        return tasks.Count == BatchSize;
    }

    /// <summary>The lag gauge, as of this poll (what is left after catching up: tasks committed meanwhile).</summary>
    private async Task MeasureLagAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await IndexLag.MeasureAsync(scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>(), index.Cursor, metrics, ct);
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        logger.LogInformation("Rebuilding the search index from the database.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var newest = await db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0;
        var source = scope.ServiceProvider.GetRequiredService<PackageDocumentSource>();
        index.DeleteAll();
        var count = 0;
        // Batches are read one after another; their documents are analysed on every core.
        await foreach (var batch in source.AllAsync(ct))
        {
            index.AddAll(batch, document => document, options.IndexThreads);
            count += batch.Count;
        }
        index.Commit(new IndexCursor(Math.Max(0, newest - RebuildOverlap), IndexCursor.Start.Gaps));
        logger.LogInformation("Search index rebuilt: {Count} packages.", count);
    }
}
