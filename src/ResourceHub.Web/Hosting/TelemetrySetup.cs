using System.Net;
using OpenTelemetry.Metrics;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Core.Security;

namespace ResourceHub.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics (requests, the site's own meter) on a Prometheus endpoint that only
/// administrators or the networks in <c>ResourceHub:Metrics:AllowedNetworks</c> may read.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";
    private const string ReadMetrics = "ReadMetrics";

    public static void AddResourceHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SiteMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(SiteMetrics.MeterName)
            .AddPrometheusExporter());
        var networks = Networks(configuration["ResourceHub:Metrics:AllowedNetworks"]);
        services.AddAuthorizationBuilder().AddPolicy(ReadMetrics, p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Admin) || (c.Resource is HttpContext http && InNetworks(http.Connection.RemoteIpAddress, networks))));
    }

    public static void MapResourceHubTelemetry(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(ReadMetrics);

    /// <summary>Comma-separated addresses or CIDR ranges (<c>10.0.0.0/8</c>, <c>127.0.0.1</c>); a bad entry stops the start.</summary>
    public static IReadOnlyList<IPNetwork> Networks(string? setting) =>
        (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Contains('/') ? IPNetwork.Parse(entry) : new IPNetwork(IPAddress.Parse(entry), IPAddress.Parse(entry).GetAddressBytes().Length * 8))
            .ToList();

    private static bool InNetworks(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(plain));
    }
}
