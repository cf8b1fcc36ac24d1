using System.Collections.Concurrent;
using System.Net;
using Anniversary.Web.Hosting;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>The site reads the archive file while an import process writes it: every page answers, none waits on a lock.</summary>
[Collection(CrashSafetyCollection.Name)]
public sealed class ServingDuringImportTests(GeneratedArticles articles, ITestOutputHelper log) : IDisposable
{
    private const int Readers = 3;

    private static readonly string[] Urls =
    [
        "/",
        SeedArticles.CeremonyUrl,
        "/timeline",
        "/search?q=friendship",
        "/api/search?q=historical+relics",
        "/api/articles",
    ];

    private readonly ArchiveWebFactory _site = new();

    [Fact]
    public async Task Pages_answer_200_throughout_an_import_into_the_same_file()
    {
        var client = _site.CreateClient();
        using var seeded = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);

        var answers = new ConcurrentQueue<(string Url, HttpStatusCode Status, bool DuringImport)>();
        using var import = ArchiveProcess.Start(articles.ImportInto(_site.DatabasePath));
        var firstBatch = import.FirstProgressAsync();

        async Task ReadAsync(int reader)
        {
            for (var i = reader; !import.HasExited && import.Started.Elapsed < ArchiveProcess.SafetyNet; i++)
            {
                var url = Urls[i % Urls.Length];
                var writing = firstBatch.IsCompleted;
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsStringAsync();
                answers.Enqueue((url, response.StatusCode, writing && !import.HasExited));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Readers).Select(ReadAsync));

        Assert.Equal(0, await import.WaitForExitAsync());
        log.WriteLine($"{answers.Count} requests, {answers.Count(a => a.DuringImport)} of them between the first batch and the end of the import");
        Assert.Empty(answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => $"{a.Url}: {(int)a.Status}"));
        Assert.Contains(answers, a => a.DuringImport);
        Assert.Equal(GeneratedArticles.Count + 2, ArchiveChecks.AssertSound(_site.DatabasePath, WithSeeds(articles.Files)));
    }

    [Theory]
    [InlineData(null, "Default Timeout=30")]
    [InlineData("Data Source=archive.db", "Default Timeout=30")]
    [InlineData("Data Source=archive.db;Default Timeout=5", "Default Timeout=5")]
    public void The_site_waits_for_a_lock_held_elsewhere_rather_than_failing_at_once(string? configured, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:" + ArchiveSettings.ConnectionStringName] = configured }).Build();

        Assert.Contains(expected, ArchiveSettings.From(configuration, RepositoryPaths.Root).ConnectionString);
    }

    public void Dispose() => _site.Dispose();

    private static Dictionary<string, FileShape> WithSeeds(IReadOnlyDictionary<string, FileShape> files) =>
        files.Concat(GeneratedArticles.ShapesOf(RepositoryPaths.Seeds)).ToDictionary();
}
