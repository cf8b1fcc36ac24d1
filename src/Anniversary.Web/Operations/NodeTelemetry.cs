using Anniversary.Archive.Import;
using Anniversary.Web.Hosting;
using OpenTelemetry.Metrics;

namespace Anniversary.Web.Operations;

/// <summary>
/// Metrics through OpenTelemetry, off unless <c>Telemetry:Prometheus=true</c>: then <c>/metrics</c>
/// serves, for a Prometheus scraper, requests and their latency (<c>http.server.request.duration</c>),
/// rate-limit refusals, output cache lookups by result, the database's own meters, and import
/// progress when this process imports.
/// </summary>
public static class NodeTelemetry
{
    public const string PrometheusKey = "Telemetry:Prometheus";
    public const string MetricsPath = "/metrics";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue(PrometheusKey, false);

    public static IServiceCollection AddNodeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enabled(configuration))
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(GuardedOutputCacheStore.MeterName, ImportMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Starts collecting at once, before the host runs, so that the seed import at start-up is counted too.</summary>
    public static void MapNodeTelemetry(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.Services.GetRequiredService<MeterProvider>();
            app.MapPrometheusScrapingEndpoint(MetricsPath).CacheOutput(policy => policy.NoCache());
        }
    }
}
