using System.Buffers;
using System.Diagnostics.Metrics;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Anniversary.Web.Hosting;

/// <summary>
/// The output cache's store behind a guard: when a shared cache (Redis) is away or fails, a lookup
/// is a miss and a write is dropped, so pages are served uncached instead of failing or waiting,
/// and cached again as soon as it is back. Counts lookups by result for the node's metrics.
/// </summary>
public sealed class GuardedOutputCacheStore(
    IOutputCacheStore inner, IConnectionMultiplexer? redis, OutputCacheLookups lookups, ILogger<GuardedOutputCacheStore> logger)
    : IOutputCacheBufferStore
{
    public const string MeterName = OutputCacheLookups.MeterName;

    private bool Available => redis is null || redis.IsConnected;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var found = await GuardAsync(() => inner.GetAsync(key, cancellationToken), null);
        lookups.Count(found.Available, found.Value is not null);
        return found.Value;
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            var value = await GetAsync(key, cancellationToken);
            if (value is null)
            {
                return false;
            }

            await destination.WriteAsync(value, cancellationToken);
            return true;
        }

        var found = await GuardAsync(() => buffers.TryGetAsync(key, destination, cancellationToken), false);
        lookups.Count(found.Available, found.Value);
        return found.Value;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await GuardAsync(async () => { await inner.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (inner is IOutputCacheBufferStore buffers)
        {
            await GuardAsync(async () => { await buffers.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, false);
        }
        else
        {
            await SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await GuardAsync(async () => { await inner.EvictByTagAsync(tag, cancellationToken); return true; }, false);

    private async ValueTask<(bool Available, T Value)> GuardAsync<T>(Func<ValueTask<T>> operation, T unavailable)
    {
        if (!Available)
        {
            return (false, unavailable);
        }

        try
        {
            return (true, await operation());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning("The shared output cache failed ({Reason}); this answer is not cached", exception.Message);
            return (false, unavailable);
        }
    }
}

/// <summary>The node's count of output cache lookups by result, for its metrics.</summary>
public sealed class OutputCacheLookups(IMeterFactory meters)
{
    public const string MeterName = "Anniversary.Web";

    private readonly Counter<long> _lookups = meters.Create(MeterName)
        .CreateCounter<long>("anniversary.output_cache.lookups", description: "Output cache lookups by result: hit, miss, or unavailable (the shared cache is away)");

    public void Count(bool available, bool hit) =>
        _lookups.Add(1, new KeyValuePair<string, object?>("result", !available ? "unavailable" : hit ? "hit" : "miss"));
}
