using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Anniversary.Web.Commands;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Cluster;

/// <summary>
/// The topology of "Running on several machines", started by <c>deploy/cluster.sh</c>: what one node
/// imports the other serves, and a web node, the primary, the standby or Redis may go away while
/// nginx is under load without a request failing. Each test puts back what it stopped.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(LocalCluster cluster, ITestOutputHelper log) : IDisposable
{
    /// <summary>Pages, API and search; "{n}" makes an address no cache has seen, so the database must answer it.</summary>
    private static readonly string[] Pages =
    [
        "/", SeedArticles.CeremonyUrl, "/timeline", "/people", "/api/articles", "/search?q=friendship",
        "/api/search?q=anniversary&n={n}", "/timeline?n={n}", SeedArticles.CeremonyUrl + "?n={n}",
    ];

    private readonly TempFolder _folder = new();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task An_article_imported_through_one_node_is_served_by_the_other()
    {
        var reports = await GenerateAsync(1, seed: 21);
        // A name no other test's import used, so that the file is new to the archive whatever ran before.
        var file = $"cluster-{Guid.NewGuid():N}.txt";
        File.Move(Directory.GetFiles(reports, "*.txt").Single(), Path.Combine(reports, file));

        // Both nodes have the article list cached, in Redis, under the archive's version before the import.
        Assert.Null(await FindAsync(cluster.Web2, file));
        Assert.Null(await FindAsync(cluster.Web1, file));

        var import = await cluster.RunAsync("import", reports);
        Assert.Contains("imported 1,", import);
        var imported = Stopwatch.StartNew();

        // Straight to the second node, past the balancer: once it has read the new version (from the
        // standby), it no longer serves the list cached before the import.
        string? url = null;
        await FreePorts.WaitUntilAsync(() => (url = FindAsync(cluster.Web2, file).Result) is not null, TimeSpan.FromSeconds(30), "the new article on the other node");
        log.WriteLine($"the other node listed the new article {imported.ElapsedMilliseconds} ms after the import ended");
        using var page = await _client.GetAsync(new Uri(cluster.Web2, url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await FreePorts.WaitUntilAsync(() => FindAsync(cluster.Web1, file).Result is not null, TimeSpan.FromSeconds(30), "the new article on the importing node's twin");
        using var first = await _client.GetAsync(new Uri(cluster.Web1, url));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task With_one_web_node_killed_under_load_no_request_fails()
    {
        var load = new Load(_client, Balanced(Pages));
        try
        {
            await load.RunAsync(400, () => cluster.RunAsync("kill", "web1"));
            Assert.False(FreePorts.Listening(cluster.Web1.Port), "web1 was killed");
            // nginx met the dead node under this load and sent those requests to the other one.
            var errors = File.ReadAllLines(Path.Combine(cluster.StateFolder, "logs", "nginx-error.log"));
            var retried = errors.Count(line => line.Contains($"127.0.0.1:{cluster.Web1.Port}", StringComparison.Ordinal));
            log.WriteLine($"{load.Answers.Count} requests through nginx, web1 killed (SIGKILL) after {load.Answers.Count / 2}; nginx logged {retried} failures of web1");
            log.WriteLine(string.Join('\n', errors.TakeLast(20)));
            Assert.Empty(load.Failures);
            Assert.True(retried > 0, "nginx never tried the killed node: the load did not cross the kill");
        }
        finally
        {
            await cluster.RunAsync("start", "web1");
        }
    }

    [Fact]
    public async Task With_the_primary_stopped_pages_still_answer_from_the_standby_and_an_import_is_refused()
    {
        try
        {
            await cluster.RunAsync("stop", "primary");
            var load = new Load(_client, Balanced(Pages));
            await load.RunAsync(() => load.Answers.Count >= 200);
            log.WriteLine($"{load.Answers.Count} requests through nginx with the primary stopped");
            Assert.Empty(load.Failures);

            var (exitCode, output) = await cluster.TryRunAsync("import", await GenerateAsync(1, seed: 22));
            log.WriteLine(output.Trim());
            Assert.NotEqual(0, exitCode);
            Assert.Contains("error: ", output);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            await cluster.RunAsync("start", "primary");
        }
    }

    [Fact]
    public async Task With_the_standby_stopped_reads_go_to_the_primary()
    {
        try
        {
            await cluster.RunAsync("stop", "standby");
            var before = await PrimaryTransactionsAsync();
            var load = new Load(_client, Balanced(Pages.Where(url => url.Contains("{n}", StringComparison.Ordinal)).ToArray()));
            await load.RunAsync(() => load.Answers.Count >= 100);
            // The primary's statistics are flushed at most once a second.
            await Task.Delay(1500);
            var read = await PrimaryTransactionsAsync() - before;

            log.WriteLine($"{load.Answers.Count} uncached requests with the standby stopped; the primary ran {read} more transactions");
            Assert.Empty(load.Failures);
            Assert.True(read >= load.Answers.Count, $"the primary ran {read} transactions for {load.Answers.Count} uncached pages");
        }
        finally
        {
            await cluster.RunAsync("start", "standby");
        }
    }

    [Fact]
    public async Task With_Redis_stopped_no_request_fails_and_caching_returns_with_it()
    {
        try
        {
            await cluster.RunAsync("kill", "redis");
            var load = new Load(_client, Balanced(Pages));
            await load.RunAsync(() => load.Answers.Count >= 200);
            log.WriteLine($"{load.Answers.Count} requests through nginx with Redis stopped");
            Assert.Empty(load.Failures);
        }
        finally
        {
            await cluster.RunAsync("start", "redis");
        }

        // nginx alternates the nodes: a cached answer to the second request is the first node's entry, read from Redis.
        var returned = Stopwatch.StartNew();
        await FreePorts.WaitUntilAsync(() => CachedByTheOtherNode(), TimeSpan.FromSeconds(30), "caching again after Redis returned");
        log.WriteLine($"answers cached in Redis again {returned.ElapsedMilliseconds} ms after it returned");
    }

    [Fact]
    public async Task An_import_while_nginx_is_under_load_fails_no_request()
    {
        var reports = await GenerateAsync(100, seed: 23);
        var load = new Load(_client, Balanced(Pages));
        var import = cluster.TryRunAsync("import", reports);
        var during = Stopwatch.StartNew();
        await load.RunAsync(() => import.IsCompleted);
        var (exitCode, output) = await import;

        log.WriteLine($"{load.Answers.Count} requests through nginx during an import of 100 reports ({during.Elapsed.TotalSeconds:0.0} s)");
        Assert.True(exitCode == 0, output);
        Assert.Contains("imported 100,", output);
        Assert.Empty(load.Failures);
        Assert.True(load.Answers.Count >= 50, $"only {load.Answers.Count} requests ran during the import");
    }

    public void Dispose()
    {
        _client.Dispose();
        _folder.Dispose();
    }

    private string[] Balanced(string[] urls) => urls.Select(url => new Uri(cluster.Balancer, url).ToString()).ToArray();

    private async Task<string> GenerateAsync(int count, int seed)
    {
        var folder = _folder.File($"reports-{seed}");
        Assert.Equal(0, await ArchiveCommandLine.RunAsync(["generate", folder, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)], TextWriter.Null, TextWriter.Null));
        return folder;
    }

    /// <summary>The address of the article imported from <paramref name="file"/>, read page by page from a node's API.</summary>
    private async Task<string?> FindAsync(Uri node, string file)
    {
        for (var page = 1; ; page++)
        {
            using var response = await _client.GetAsync(new Uri(node, $"/api/articles?page={page}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var articles = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
            if (articles.FirstOrDefault(a => a.GetProperty("sourceFile").GetString() == file) is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("url").GetString();
            }

            if (articles.Count == 0)
            {
                return null;
            }
        }
    }

    private bool CachedByTheOtherNode()
    {
        var url = new Uri(cluster.Balancer, "/people").ToString();
        using var first = _client.GetAsync(url).Result;
        using var second = _client.GetAsync(url).Result;
        return first.StatusCode == HttpStatusCode.OK && second.StatusCode == HttpStatusCode.OK && second.Headers.Age is not null;
    }

    private async Task<long> PrimaryTransactionsAsync()
    {
        var start = new ProcessStartInfo("/usr/lib/postgresql/15/bin/psql", ["-h", "127.0.0.1",
            "-p", cluster.PrimaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-tAc",
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'anniversary'"])
        { RedirectStandardOutput = true };
        using var psql = Process.Start(start)!;
        var output = await psql.StandardOutput.ReadToEndAsync();
        await psql.WaitForExitAsync();
        return long.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
