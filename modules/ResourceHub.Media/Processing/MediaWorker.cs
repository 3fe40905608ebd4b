using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Runs <see cref="MediaOptions.Workers"/> loops, each taking one job at a time from the table
/// (the machine's cores belong to the requests first), woken by an upload on this node, by a
/// sibling that just took a job (there may be more), or by the poll for work queued on other nodes.
/// </summary>
public sealed class MediaWorker(
    IServiceScopeFactory scopes, MediaSignal signal, JobHeartbeat heartbeat, SiteMetrics metrics, IOptions<MediaOptions> options,
    ILogger<MediaWorker> log) : BackgroundService
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(5);
    private long _sampled;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        var loops = Enumerable.Range(0, Math.Max(1, options.Value.Workers))
            .Select(i => Task.Run(() => LoopAsync(sampler: i == 0, stoppingToken), CancellationToken.None));
        await Task.WhenAll(loops);
    }

    private async Task LoopAsync(bool sampler, CancellationToken stoppingToken)
    {
        // Short, and renewed while the job runs: a dead node's job is taken over soon after.
        var lease = TimeSpan.FromSeconds(options.Value.JobLeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (sampler)
                {
                    await SampleQueueAsync(stoppingToken);
                }
                if (await RunNextAsync(lease, stoppingToken))
                {
                    continue;
                }
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database went away for a moment, say: wait and try again, never stop the site.
                log.LogError(e, "Media worker loop failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>The queue's length and age for the metrics, at most every few seconds.</summary>
    private async Task SampleQueueAsync(CancellationToken ct)
    {
        if (Stopwatch.GetElapsedTime(_sampled) < SampleEvery && _sampled != 0)
        {
            return;
        }
        _sampled = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var (queued, oldest) = await scope.ServiceProvider.GetRequiredService<MediaJobStore>().MeasureAsync(ct);
        metrics.JobQueue(queued, oldest);
    }

    /// <summary>Runs one job if there is one; public for tests that drive the queue by hand.</summary>
    public async Task<bool> RunNextAsync(TimeSpan lease, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = await scope.ServiceProvider.GetRequiredService<MediaJobStore>().ClaimAsync(lease, ct);
        if (job is null)
        {
            return false;
        }
        // This one is busy now: an idle sibling looks for the next job at once rather than at its poll.
        signal.Wake();
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var done = new CancellationTokenSource();
        var beating = heartbeat.KeepAsync(job, lease, lost, done.Token);
        try
        {
            await scope.ServiceProvider.GetRequiredService<MediaJobRunner>().RunAsync(job, lost.Token);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            log.LogWarning("Media job {Job} was claimed by another node after this one's lease lapsed; its work here is dropped", job.Id);
        }
        finally
        {
            await done.CancelAsync();
            await beating;
        }
        return true;
    }
}
