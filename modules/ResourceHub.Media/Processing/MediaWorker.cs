using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Takes jobs from the table one at a time (the machine's cores belong to the requests first),
/// woken by an upload on this node or by the poll for work queued on other nodes.
/// </summary>
public sealed class MediaWorker(IServiceScopeFactory scopes, MediaSignal signal, IOptions<MediaOptions> options, ILogger<MediaWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        var lease = TimeSpan.FromSeconds(options.Value.JobTimeoutSeconds) + TimeSpan.FromMinutes(2);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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

    /// <summary>Runs one job if there is one; public for tests that drive the queue by hand.</summary>
    public async Task<bool> RunNextAsync(TimeSpan lease, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = await scope.ServiceProvider.GetRequiredService<MediaJobStore>().ClaimAsync(lease, ct);
        if (job is null)
        {
            return false;
        }
        await scope.ServiceProvider.GetRequiredService<MediaJobRunner>().RunAsync(job, ct);
        return true;
    }
}
