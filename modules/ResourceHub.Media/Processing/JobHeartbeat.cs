using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Keeps a running job's claim alive: every third of the lease the claim is extended, as long as
/// it is still this worker's (same attempt). A node that dies stops beating, its lease lapses and
/// another node claims the job again; a worker that finds its claim taken stops its job.
/// </summary>
public sealed class JobHeartbeat(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Beats until <paramref name="stop"/>; cancels <paramref name="lost"/> when the claim is no longer this worker's.</summary>
    public async Task KeepAsync(MediaJob job, TimeSpan lease, CancellationTokenSource lost, CancellationToken stop)
    {
        var attempt = job.Attempts;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                var until = clock.GetUtcNow() + lease;
                var held = await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<MediaJob>()
                    .Where(j => j.Id == job.Id && j.Attempts == attempt && j.State == MediaJobState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntil, until), stop);
                if (held == 0)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job ended.
        }
    }
}
