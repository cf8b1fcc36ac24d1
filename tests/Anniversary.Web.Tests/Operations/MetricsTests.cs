using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

namespace Anniversary.Web.Tests.Operations;

/// <summary>OpenTelemetry metrics in the Prometheus text format on <c>/metrics</c>, when turned on.</summary>
[Collection(MetricsCollection.Name)]
public sealed partial class MetricsTests : IDisposable
{
    private readonly ArchiveWebFactory _site = new() { Metrics = true };

    [Fact]
    public async Task Requests_latency_cache_hits_and_the_seed_import_are_counted()
    {
        var client = _site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var page = await client.GetAsync(SeedArticles.CeremonyUrl);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var metrics = await ScrapeAsync(client);

        var articleRequests = Samples(metrics, "http_server_request_duration_seconds_count")
            .Where(sample => sample.Labels.Contains("http_route=\"articles/", StringComparison.Ordinal)).Sum(sample => sample.Value);
        Assert.True(articleRequests == 3, metrics);
        Assert.Contains("http_server_request_duration_seconds_bucket", metrics);
        Assert.Equal(1, Value(metrics, "anniversary_output_cache_lookups_total", "result=\"miss\""));
        Assert.Equal(2, Value(metrics, "anniversary_output_cache_lookups_total", "result=\"hit\""));
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length;
        Assert.True(Value(metrics, "anniversary_import_files_total", "outcome=\"imported\"") >= seeds, metrics);
    }

    [Fact]
    public async Task The_scrape_is_never_cached()
    {
        var client = _site.CreateClient();
        using var first = await client.GetAsync("/metrics");
        using var second = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task Metrics_are_off_unless_configured()
    {
        using var plain = new ArchiveWebFactory();
        using var response = await plain.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _site.Dispose();

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of a sample of <paramref name="name"/> whose labels hold <paramref name="label"/>; null when there is none.</summary>
    private static double? Value(string metrics, string name, string label) =>
        Samples(metrics, name).Where(sample => sample.Labels.Contains(label, StringComparison.Ordinal)).Select(sample => (double?)sample.Value).FirstOrDefault();

    private static IEnumerable<(string Labels, double Value)> Samples(string metrics, string name) =>
        Sample().Matches(metrics).Where(match => match.Groups["name"].Value == name)
            .Select(match => (match.Groups["labels"].Value, double.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>.*)\} (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}

/// <summary>
/// Alone: a meter provider listens to every meter of its name in the process, so another test's site
/// serving at the same time would add to the counts asserted here.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
