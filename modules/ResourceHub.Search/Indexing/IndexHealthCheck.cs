using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceHub.Core.Data;
using ResourceHub.Core.Diagnostics;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// Ready once the index is open and has caught up after start; Degraded while this node's index
/// is more than MaxLagTasks tasks or MaxLagSeconds behind (its searches miss recent changes).
/// </summary>
public sealed class IndexHealthCheck(SearchIndex index, ResourceHubDbContext db, SearchOptions options, SiteMetrics metrics) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            return HealthCheckResult.Unhealthy("检索索引正在打开或重建");
        }
        var lag = await IndexLag.MeasureAsync(db, index.Cursor, metrics, cancellationToken);
        var data = new Dictionary<string, object> { ["lagTasks"] = lag.Tasks, ["lagSeconds"] = Math.Round(lag.Behind.TotalSeconds, 1) };
        var text = $"落后 {lag.Tasks} 条索引任务、{lag.Behind.TotalSeconds:F0} 秒";
        return lag.Tasks > options.MaxLagTasks || lag.Behind.TotalSeconds > options.MaxLagSeconds
            ? HealthCheckResult.Degraded($"检索索引{text}，超过了上限（{options.MaxLagTasks} 条或 {options.MaxLagSeconds:F0} 秒）", data: data)
            : HealthCheckResult.Healthy($"检索索引已就绪，{text}", data);
    }
}
