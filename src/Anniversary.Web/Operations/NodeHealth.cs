using System.Text.Json;
using Anniversary.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Anniversary.Web.Operations;

/// <summary>
/// What a load balancer and an operator ask a node: <c>/healthz</c>, is the process alive (no check,
/// always 200); <c>/readyz</c>, can it serve: the archive answers with every migration applied (503
/// if not) and, when configured, Redis answers. Redis away is Degraded, still 200: the node serves
/// uncached and correctly, and a balancer that took every node out for a cache outage would turn it
/// into a site outage.
/// </summary>
public static class NodeHealth
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    private const string ReadyTag = "ready";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddNodeHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<ArchiveReadinessCheck>("archive", HealthStatus.Unhealthy, [ReadyTag], Timeout);
        if (SharedRedis.ConnectionString(configuration) is not null)
        {
            checks.AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis", HealthStatus.Degraded, [ReadyTag], Timeout);
        }

        return services;
    }

    public static void MapNodeHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .CacheOutput(policy => policy.NoCache());
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .CacheOutput(policy => policy.NoCache());
    }

    /// <summary>
    /// The overall status and each check's, with a short reason when it is not healthy. An exception's
    /// message would name internal hosts and ports to anyone; the health check service logs it instead.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
        {
            status = entry.Value.Status.ToString(),
            reason = entry.Value.Status == HealthStatus.Healthy ? null : entry.Value.Description ?? "does not answer",
        });
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks }, cancellationToken: context.RequestAborted);
    }
}
