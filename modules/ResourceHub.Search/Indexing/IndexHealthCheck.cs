using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResourceHub.Search.Indexing;

/// <summary>Ready once the index is open and has caught up with the task table after start.</summary>
public sealed class IndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy("检索索引已就绪")
            : HealthCheckResult.Unhealthy("检索索引正在打开或重建"));
}
