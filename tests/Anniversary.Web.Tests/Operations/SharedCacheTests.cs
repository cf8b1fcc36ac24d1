using System.Net;
using Anniversary.Web.Commands;
using Anniversary.Web.Hosting;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Operations;

/// <summary>
/// Two nodes on one archive and one Redis: what one node caches the other serves, an import seen by
/// one is seen by both within the version watcher's bound, and Redis going away costs the cache, never an answer.
/// </summary>
public sealed class SharedCacheTests : IDisposable
{
    private static readonly string[] Urls = ["/", SeedArticles.CeremonyUrl, "/timeline", "/people", "/search?q=friendship", "/api/articles"];

    private readonly TempFolder _folder = new();
    private readonly RedisServer _redis = new();
    private readonly ArchiveWebFactory _first;
    private readonly ArchiveWebFactory _second;
    private readonly ITestOutputHelper _log;

    public SharedCacheTests(ITestOutputHelper log)
    {
        _log = log;
        _first = new ArchiveWebFactory { DatabasePath = _folder.File("archive.db"), Redis = _redis.ConnectionString };
        _second = new ArchiveWebFactory { DatabasePath = _folder.File("archive.db"), Redis = _redis.ConnectionString };
    }

    [Fact]
    public async Task What_one_node_cached_the_other_serves_and_an_import_reaches_both()
    {
        var first = _first.CreateClient();
        var second = _second.CreateClient();

        using var rendered = await first.GetAsync("/api/articles");
        Assert.Null(rendered.Headers.Age);
        // The first node's answer is in Redis: the second node serves it without rendering it again.
        using var shared = await second.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.NotNull(shared.Headers.Age);
        var before = Total(shared);

        var reports = _folder.File("new");
        Assert.Equal(0, await ArchiveCommandLine.RunAsync(["generate", reports, "--count", "1", "--seed", "7"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, await ArchiveCommandLine.RunAsync(["import", reports, "--db", _first.DatabasePath], TextWriter.Null, TextWriter.Null));
        var imported = System.Diagnostics.Stopwatch.StartNew();

        // Both nodes read the archive's version once a second; a cached answer keyed by the old version is never served again.
        foreach (var client in new[] { second, first })
        {
            await FreePorts.WaitUntilAsync(() => Total(client.GetAsync("/api/articles").Result) == before + 1, TimeSpan.FromSeconds(30), "the new article on every node");
        }

        _log.WriteLine($"both nodes served the new article {imported.ElapsedMilliseconds} ms after the import (watcher interval {ArchiveVersionWatcher.Interval.TotalMilliseconds} ms)");
    }

    [Fact]
    public async Task With_Redis_stopped_every_node_keeps_answering_uncached_and_caches_again_when_it_returns()
    {
        var clients = new[] { _first.CreateClient(), _second.CreateClient() };
        Assert.True(await CachedAsync(clients[0], "/timeline"));

        _redis.Stop();
        var answers = new List<(string Url, HttpStatusCode Status, bool Cached)>();
        var stopped = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
        {
            foreach (var client in clients)
            {
                foreach (var url in Urls)
                {
                    using var response = await client.GetAsync(url);
                    await response.Content.ReadAsStringAsync();
                    answers.Add((url, response.StatusCode, response.Headers.Age is not null));
                }
            }
        }

        _log.WriteLine($"{answers.Count} requests with Redis stopped in {stopped.ElapsedMilliseconds} ms");
        Assert.Empty(answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => $"{a.Url}: {(int)a.Status}"));
        Assert.DoesNotContain(answers, a => a.Cached);
        // Still ready: a balancer must not take every node out for a cache outage.
        Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), await ReadinessAsync(clients[1]));

        _redis.Start();
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        foreach (var client in clients)
        {
            await FreePorts.WaitUntilAsync(() => CachedAsync(client, "/timeline").Result, TimeSpan.FromSeconds(30), "caching again after Redis returned");
        }

        _log.WriteLine($"both nodes cached again {restarted.ElapsedMilliseconds} ms after Redis returned");
        Assert.Equal((HttpStatusCode.OK, "Healthy", "Healthy"), await ReadinessAsync(clients[1]));
    }

    [Fact]
    public async Task A_node_started_while_Redis_is_down_serves_and_caches_once_Redis_is_up()
    {
        _redis.Stop();
        var client = _first.CreateClient();
        var serving = System.Diagnostics.Stopwatch.StartNew();
        foreach (var url in Urls)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        _log.WriteLine($"{Urls.Length} pages in {serving.ElapsedMilliseconds} ms with Redis down from the start");

        Assert.False(await CachedAsync(client, "/timeline"));
        _redis.Start();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await FreePorts.WaitUntilAsync(() => CachedAsync(client, "/timeline").Result, TimeSpan.FromSeconds(30), "caching once Redis is up");
        _log.WriteLine($"caching {started.ElapsedMilliseconds} ms after Redis started");
    }

    [Fact]
    public async Task No_answer_sets_a_cookie_so_a_client_needs_no_particular_node()
    {
        var client = _first.CreateClient();
        foreach (var url in Urls)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        }
    }

    private static async Task<(HttpStatusCode Status, string? Overall, string? Redis)> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/readyz");
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("status").GetString(), body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _redis.Dispose();
        _folder.Dispose();
    }

    /// <summary>Asks twice; true when the second answer came from the cache.</summary>
    private static async Task<bool> CachedAsync(HttpClient client, string url)
    {
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        return second.Headers.Age is not null;
    }

    private static int Total(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
