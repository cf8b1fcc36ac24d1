using Anniversary.Archive.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Anniversary.Web.Hosting;

/// <summary>
/// What the archive holds, as one short value that changes whenever an import changes an article,
/// whichever process imports. Cached pages carry it, so an import makes them stale at once.
/// </summary>
public sealed class ArchiveVersion
{
    public string Current { get; private set; } = "unread";

    public async Task RefreshAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        // Articles are added or updated, never deleted: the newest id and the latest update say it all.
        var newest = await db.Articles.OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var updated = await db.Articles.MaxAsync(a => (DateTime?)a.UpdatedAtUtc, cancellationToken);
        Current = $"{newest}:{updated:O}";
    }
}

/// <summary>Reads the archive's version once a second, off the request path.</summary>
public sealed class ArchiveVersionWatcher(ArchiveVersion version, IServiceScopeFactory scopes, ILogger<ArchiveVersionWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await version.RefreshAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not read the archive's version; cached pages stay as they are");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class PageCaching
{
    /// <summary>How long an answer is kept: an import makes it stale sooner, through the archive's version.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Output caching of every page and API answer, keyed by the archive's version and the encoding,
    /// and compression of text responses (the archive is public, so compressing over HTTPS gives
    /// nothing away).
    /// <c>Caching:Enabled=false</c> turns the cache off, for benchmarks of the work behind it.
    /// </summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "application/problem+json", "image/svg+xml"]);
        });

        if (!configuration.GetValue("Caching:Enabled", true))
        {
            return services;
        }

        services.AddSingleton<ArchiveVersion>();
        services.AddSingleton<OutputCacheLookups>();
        services.AddHostedService<ArchiveVersionWatcher>();
        // Keyed by a hash of the query string as sent, not by its decoded values: decoded values may
        // hold the cache key's own separators, and two different addresses must never share an answer.
        // The version is the singleton itself, not looked up through RequestServices: that would open
        // a service scope for every answer served from the cache, which needs none. Answers are kept
        // compressed (compression runs inside the cache), so the key holds the encoding the client
        // gets, as the compression middleware chooses it.
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<ArchiveVersion, IResponseCompressionProvider>((options, version, compression) => options.AddBasePolicy(policy => policy
            .Expire(Lifetime)
            .SetVaryByQuery([])
            .VaryByValue(context => new KeyValuePair<string, string>("query", QueryHash(context.Request.QueryString.Value)))
            .VaryByValue(context => new KeyValuePair<string, string>("encoding", ChosenEncoding(compression, context)))
            .VaryByValue(_ => new KeyValuePair<string, string>("archive", version.Current))));

        // Several nodes share one cache in Redis. Its keys carry the archive's version as every node's
        // do, so a node that has seen an import never serves what another node cached before it.
        if (SharedRedis.ConnectionString(configuration) is not null)
        {
            services.AddStackExchangeRedisOutputCache(options => options.InstanceName = "anniversary:");
            services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, provider) =>
                options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<FinishedAnswers>();
        }

        GuardStore(services);
        return services;
    }

    /// <summary>Puts whichever store is registered (in memory, or Redis) behind <see cref="GuardedOutputCacheStore"/>.</summary>
    private static void GuardStore(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new GuardedOutputCacheStore(
            Create(provider, registered),
            provider.GetService<IConnectionMultiplexer>(),
            provider.GetRequiredService<OutputCacheLookups>(),
            provider.GetRequiredService<ILogger<GuardedOutputCacheStore>>()));
    }

    private static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor registered) => (IOutputCacheStore)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    private static string ChosenEncoding(IResponseCompressionProvider compression, HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context) ? compression.GetCompressionProvider(context)?.EncodingName ?? string.Empty : string.Empty;

    private static string QueryHash(string? query) =>
        string.IsNullOrEmpty(query) ? string.Empty : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));

    public static bool CachingEnabled(this IApplicationBuilder app) => app.ApplicationServices.GetService<ArchiveVersion>() is not null;
}
