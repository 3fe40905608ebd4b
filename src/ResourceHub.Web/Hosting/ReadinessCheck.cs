using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceHub.Core.Data;

namespace ResourceHub.Web.Hosting;

/// <summary>The database answers; modules add their own checks (blobs, index) with the "ready" tag.</summary>
public sealed class DatabaseReadinessCheck(ResourceHubDbContext db) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database")
            : HealthCheckResult.Unhealthy("database unreachable");
}
