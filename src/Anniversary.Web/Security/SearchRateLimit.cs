using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Anniversary.Web.Security;

/// <summary>
/// Search and the API cost the most per request, so each client address gets a fixed number of them
/// per minute (<c>RateLimiting:PermitsPerMinute</c>); beyond it the answer is 429 with Retry-After.
/// Article pages, the timeline and static files are never limited.
/// </summary>
public static class SearchRateLimit
{
    public const string Policy = "search";
    public const string PermitsKey = "RateLimiting:PermitsPerMinute";
    private const int DefaultPermitsPerMinute = 120;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(PermitsKey, DefaultPermitsPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }));
        });
    }
}
