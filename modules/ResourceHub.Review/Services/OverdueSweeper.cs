using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResourceHub.Review.Services;

public sealed class OverdueSweepOptions
{
    /// <summary>How often overdue expert assignments are looked for and reassigned.</summary>
    public int OverdueSweepMinutes { get; set; } = 30;
}

/// <summary>
/// Reassigns overdue expert assignments and fills expert stages still short of experts. Every
/// node runs it; the review's concurrency stamp keeps two nodes from both reassigning one stage.
/// </summary>
public sealed class OverdueSweeper(IServiceScopeFactory scopes, IOptions<OverdueSweepOptions> options, TimeProvider clock, ILogger<OverdueSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.OverdueSweepMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var moved = await scope.ServiceProvider.GetRequiredService<ReviewGate>().ReassignOverdueAsync(clock.GetUtcNow(), stoppingToken);
                if (moved > 0)
                {
                    logger.LogInformation("Reassigned {Count} overdue expert assignments", moved);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Overdue sweep failed; it runs again at the next tick");
            }
        }
    }
}
