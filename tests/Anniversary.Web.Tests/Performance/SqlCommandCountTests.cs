using System.Data.Common;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Data;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Performance;

/// <summary>
/// Every page costs a small, fixed number of SQL commands: the same with the two seeds as with a
/// hundred and fifty more reports (no query per item, no N+1).
/// </summary>
public sealed class SqlCommandCountTests
{
    public const int MostCommandsPerPage = 15;

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
        "/api/people",
        "/api/timeline",
        "/feed.atom",
        "/sitemap.xml",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_costs_a_few_commands_however_many_articles_the_archive_holds(string url)
    {
        var seedsOnly = await CommandsAsync(RepositoryPaths.Seeds, url);

        using var larger = new TempFolder();
        new SyntheticCorpus(seed: 5).WriteTo(larger.Path, 150);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(larger.Path, Path.GetFileName(seed)));
        }

        var withMore = await CommandsAsync(larger.Path, url);

        Assert.InRange(seedsOnly, 1, MostCommandsPerPage);
        Assert.Equal(seedsOnly, withMore);
    }

    private static async Task<int> CommandsAsync(string seeds, string url)
    {
        var counter = new CommandCounter();
        using var factory = new ArchiveWebFactory { SeedsPath = seeds, Caching = false }.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.ConfigureDbContext<ArchiveDbContext>(options => options.AddInterceptors(counter))));
        var client = factory.CreateClient();
        using (var warmUp = await client.GetAsync(url))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, warmUp.StatusCode);
        }

        counter.Reset();
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }

    /// <summary>Counts the commands EF Core sends (the search index prepares its own few, a fixed number per search).</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
