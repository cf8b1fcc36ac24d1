using StackExchange.Redis;

namespace Anniversary.Web.Hosting;

/// <summary>
/// The one Redis connection of a node, when <c>ConnectionStrings:Redis</c> is set. It never stops the
/// node: it connects in the background, reconnects by itself, and fails a command at once rather
/// than queueing it while Redis is away, so that a request never waits on a cache that is gone.
/// </summary>
public static class SharedRedis
{
    public const string ConnectionStringName = "Redis";

    public static string? ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : null;

    public static IServiceCollection AddSharedRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (ConnectionString(configuration) is not { } connectionString)
        {
            return services;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // A cache answers in well under a millisecond on a LAN; a second means it is not answering.
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
    }
}
