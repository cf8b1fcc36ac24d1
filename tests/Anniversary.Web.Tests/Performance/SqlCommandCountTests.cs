using System.Net;
using Anniversary.Archive.Corpus;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Performance;

/// <summary>
/// Every page costs a small, fixed number of SQL statements (EF Core's and the search index's own):
/// the same with the two seeds as with a hundred and fifty more reports (no query per item, no N+1).
/// </summary>
public sealed class SqlCommandCountTests(ITestOutputHelper output)
{
    // A search for a name reads the named people's statements, a window of its own, always: the
    // index's rows of statements no longer hold their speakers' names (12 before).
    public const int MostStatementsPerPage = 13;

    public static readonly TheoryData<string> Pages =
    [
        "/",
        SeedArticles.CeremonyUrl,
        "/timeline",
        "/timeline?place=hanoi",
        "/people",
        "/people/le-minh-khai",
        "/events/2024-01-07-ceremony-hanoi",
        "/dates/1979",
        "/search?q=hanoi",
        "/search?q=" + Uri.EscapeDataString("Lê Kim Anh"),
        "/api/search?q=hanoi",
        "/api/articles",
        "/api/articles/hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory",
        "/api/people",
        "/api/people/le-minh-khai",
        "/api/timeline",
        "/feed.atom",
        "/people/le-minh-khai/feed.atom",
        "/search.atom?q=hanoi",
        "/sitemap.xml",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_costs_a_few_statements_however_many_articles_the_archive_holds(string url)
    {
        var seedsOnly = await StatementsAsync(RepositoryPaths.Seeds, url);

        using var larger = new TempFolder();
        new SyntheticCorpus(seed: 5).WriteTo(larger.Path, 150);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(larger.Path, Path.GetFileName(seed)));
        }

        var withMore = await StatementsAsync(larger.Path, url);
        output.WriteLine($"{url}: {seedsOnly} statements with 2 articles, {withMore} with 152");

        Assert.InRange(seedsOnly, 1, MostStatementsPerPage);
        Assert.Equal(seedsOnly, withMore);
    }

    private static async Task<int> StatementsAsync(string seeds, string url)
    {
        var counter = new SqlStatementCounter();
        using var factory = new ArchiveWebFactory { SeedsPath = seeds, Caching = false, TestServices = counter.Register };
        var client = factory.CreateClient();
        using (var warmUp = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        counter.Reset();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }
}
