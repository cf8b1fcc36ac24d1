using System.Net;
using System.Text.Json;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Import;
using Anniversary.Archive.Parsing;
using Anniversary.Web.Tests.CrashSafety;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Performance;

/// <summary>Pages and API answers are kept in the output cache until an import, in the site or in another process, changes the archive.</summary>
public sealed class CachingTests
{
    public static readonly TheoryData<string> Cached =
    [
        "/",
        SeedArticles.CeremonyUrl,
        "/timeline",
        "/people/le-minh-khai",
        "/search?q=hanoi",
        "/api/search?q=hanoi",
        "/api/articles",
        "/feed.atom",
        "/sitemap.xml",
    ];

    [Theory]
    [MemberData(nameof(Cached))]
    public async Task A_second_request_is_answered_from_the_cache_without_reading_the_archive(string url)
    {
        var statements = new SqlStatementCounter();
        using var factory = new ArchiveWebFactory { TestServices = statements.Register };
        var client = factory.CreateClient();

        using var first = await client.GetAsync(url);
        var readForFirst = statements.Count;
        statements.Reset();
        using var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(readForFirst > 0, "the first answer read nothing, so the count proves nothing");
        Assert.Equal(0, statements.Count);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second answer did not come from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task An_answer_kept_finished_is_the_output_caches_answer_header_for_header_and_byte_for_byte(string? encoding)
    {
        using var factory = new ArchiveWebFactory();
        var client = factory.CreateClient();
        if (encoding is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
        }

        using var made = await client.GetAsync(SeedArticles.CeremonyUrl);
        using var fromOutputCache = await client.GetAsync(SeedArticles.CeremonyUrl);
        using var keptFinished = await client.GetAsync(SeedArticles.CeremonyUrl);

        Assert.True(fromOutputCache.Headers.Contains("Age"));
        Assert.True(keptFinished.Headers.Contains("Age"));
        Assert.Equal(Described(fromOutputCache), Described(keptFinished));
        Assert.Equal(encoding, keptFinished.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(await fromOutputCache.Content.ReadAsByteArrayAsync(), await keptFinished.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Every header but Age, in order, each once.</summary>
    private static string[] Described(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers).Where(header => header.Key != "Age").Select(header => $"{header.Key}: {string.Join(", ", header.Value)}")];

    [Fact]
    public async Task Another_query_string_is_another_answer()
    {
        using var factory = new ArchiveWebFactory();
        var client = factory.CreateClient();

        var hanoi = await client.GetStringAsync("/api/search?q=hanoi");
        var hanoiAgain = await client.GetStringAsync("/api/search?q=hanoi");
        var other = await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("Lê Kim Anh"));

        Assert.Equal(hanoi, hanoiAgain);
        Assert.NotEqual(hanoi, other);
    }

    [Fact]
    public async Task An_import_by_the_site_replaces_the_cached_pages()
    {
        using var seeds = SeedsCopy();
        using var factory = new ArchiveWebFactory { SeedsPath = seeds.Path };
        var client = factory.CreateClient();
        await CachedAsync(client, "/");

        var report = new SyntheticCorpus(seed: 3).Next();
        File.WriteAllText(seeds.File("later.txt"), report);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportFolderAsync(seeds.Path);
            Assert.Equal(1, summary.Imported);
        }

        var headline = WebUtility.HtmlEncode(SeedParser.Parse(report).Article!.Headline);
        Assert.Contains(headline, await GetUntilAsync(client, "/", headline));
    }

    [Fact]
    public async Task An_import_by_the_command_in_another_process_replaces_the_cached_pages_whether_it_adds_or_edits()
    {
        var corpus = new SyntheticCorpus(seed: 3);
        var added = corpus.Next();
        var edited = corpus.Next();
        using var seeds = SeedsCopy();
        File.WriteAllText(seeds.File("edited.txt"), edited);
        using var factory = new ArchiveWebFactory { SeedsPath = seeds.Path };
        var client = factory.CreateClient();
        var editedUrl = await UrlOfAsync(client, "edited.txt");
        await CachedAsync(client, "/");
        await CachedAsync(client, editedUrl);

        // A new article: the archive's newest id changes.
        File.WriteAllText(seeds.File("added.txt"), added);
        Assert.Contains("imported 1, updated 0", await ImportCommandAsync(seeds.Path, factory.DatabasePath));
        var headline = WebUtility.HtmlEncode(SeedParser.Parse(added).Article!.Headline);
        Assert.Contains(headline, await GetUntilAsync(client, "/", headline));

        // An edited article: only its update time changes.
        const string Correction = "Organisers later added a note on the restoration of the memorial gate.";
        var paragraphs = edited.Split("\n\n");
        File.WriteAllText(seeds.File("edited.txt"), string.Join("\n\n", [paragraphs[0], Correction, .. paragraphs[1..]]));
        Assert.Contains("imported 0, updated 1", await ImportCommandAsync(seeds.Path, factory.DatabasePath));
        Assert.Contains(Correction, await GetUntilAsync(client, editedUrl, Correction));
    }

    [Fact]
    public async Task The_archive_version_is_read_from_indexes_not_by_scanning_the_articles()
    {
        using var factory = new ArchiveWebFactory();
        factory.CreateClient();

        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN SELECT MAX(UpdatedAtUtc) FROM Articles";
        using var plan = explain.ExecuteReader();
        Assert.True(plan.Read());

        Assert.Contains("USING COVERING INDEX IX_Articles_UpdatedAtUtc", plan.GetString(3));
    }

    [Fact]
    public async Task With_caching_turned_off_every_answer_is_made_afresh()
    {
        var statements = new SqlStatementCounter();
        using var factory = new ArchiveWebFactory { Caching = false, TestServices = statements.Register };
        var client = factory.CreateClient();

        await client.GetAsync("/timeline");
        statements.Reset();
        using var second = await client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Age"));
        Assert.True(statements.Count > 0);
    }

    [Theory]
    [InlineData("/search?q=hanoi")]
    [InlineData("/api/search?q=hanoi")]
    [InlineData("/api/articles")]
    public async Task A_cached_answer_still_counts_against_the_clients_allowance(string url)
    {
        using var factory = new ArchiveWebFactory { SearchPermitsPerMinute = 3 };
        var client = factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await client.GetAsync(url));
        }

        Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
        Assert.True(responses[1].Headers.Contains("Age"), "the second answer did not come from the output cache");
        var refused = responses.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        responses.ForEach(r => r.Dispose());
    }

    private static TempFolder SeedsCopy()
    {
        var seeds = new TempFolder();
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, seeds.File(Path.GetFileName(seed)));
        }

        return seeds;
    }

    /// <summary>Asks twice and checks that the second answer came from the cache, so that a later change is seen through it.</summary>
    private static async Task CachedAsync(HttpClient client, string url)
    {
        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Contains("Age"), $"{url} was not cached");
    }

    /// <summary>
    /// The site reads the archive's version once a second, so a change shows within a second or two;
    /// the loop only bounds the wait.
    /// </summary>
    private static async Task<string> GetUntilAsync(HttpClient client, string url, string expected)
    {
        var page = await client.GetStringAsync(url);
        for (var attempt = 0; attempt < 100 && !page.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            page = await client.GetStringAsync(url);
        }

        return page;
    }

    private static async Task<string> UrlOfAsync(HttpClient client, string sourceFile)
    {
        using var articles = JsonDocument.Parse(await client.GetStringAsync("/api/articles"));
        return articles.RootElement.EnumerateArray()
            .Single(a => a.GetProperty("sourceFile").GetString() == sourceFile)
            .GetProperty("url").GetString()!;
    }

    private static async Task<string> ImportCommandAsync(string folder, string database)
    {
        using var import = ArchiveProcess.Start("import", folder, "--db", database);
        Assert.True(await import.WaitForExitAsync() == 0, import.Error);
        return import.Output;
    }
}
