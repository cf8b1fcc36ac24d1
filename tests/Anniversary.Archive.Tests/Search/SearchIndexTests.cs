using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;
using Anniversary.Archive.Tests.Support;

namespace Anniversary.Archive.Tests.Search;

/// <summary>The index follows the importer: an edited re-import (the importer's bad-input matrix's case) updates the article in place, leaves no stale words and FTS5 stays consistent.</summary>
public sealed class SearchIndexTests
{

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_edited_re_import_replaces_the_articles_words_and_the_index_stays_consistent(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        // The paragraph that holds them, listed once: its article, found for the same words, is not listed again.
        Assert.Equal(1, await TotalAsync(store, "\"gift packages\""));
        var before = await store.ArticleAsync(SeedFolder.Seed001);

        var edited = File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)).Replace("gift packages", "flower baskets");
        seeds.With(SeedFolder.Seed001, edited);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 1, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        var after = await store.ArticleAsync(SeedFolder.Seed001);
        Assert.Equal((before.Id, before.Slug), (after.Id, after.Slug));
        Assert.Contains("flower baskets", after.Paragraphs[^1].Text);
        Assert.Equal(0, await TotalAsync(store, "\"gift packages\""));
        Assert.Equal(1, await TotalAsync(store, "\"flower baskets\""));
        await using var db = store.CreateContext();
        Assert.True(await store.IntegrityCheck().CheckAsync(db));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_edited_re_import_leaves_no_words_of_the_article_as_it_was_to_find_it_by(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        Assert.NotEqual(0, await TotalAsync(store, "gift packages"));

        seeds.With(SeedFolder.Seed001, File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)).Replace("gift packages", "flower baskets"));
        await store.ImportAsync(seeds.Path);

        // Words spread over paragraphs find an article by the whole article's words: those must be the new ones.
        Assert.Equal(0, await TotalAsync(store, "gift packages"));
        Assert.NotEqual(0, await TotalAsync(store, "flower baskets"));
    }

    [Fact]
    public async Task The_sqlite_index_holds_each_paragraph_once_and_one_row_of_words_per_article_after_a_re_import()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        seeds.With(SeedFolder.Seed001, File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)).Replace("gift packages", "flower baskets").Replace("On this occasion,", "A paragraph was added.\n\nOn this occasion,"));
        await store.ImportAsync(seeds.Path);

        await using var db = store.CreateContext();
        var articles = await db.Articles.CountAsync();
        var paragraphs = (await db.Articles.Include(a => a.Body).ToListAsync()).Sum(a => a.Paragraphs.Count);
        Assert.Equal(articles + paragraphs, await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {SqliteSearchEntries.Table}").SingleAsync());
        Assert.Equal(articles, await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {SqliteSearchEntries.ArticleWords}").SingleAsync());
        Assert.True(await store.IntegrityCheck().CheckAsync(db));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Re_importing_unchanged_files_leaves_the_index_as_it_was(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await TotalAsync(store, "hanoi");

        await store.ImportAsync(seeds.Path);

        Assert.True(before > 0);
        Assert.Equal(before, await TotalAsync(store, "hanoi"));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_search_matching_more_than_the_bound_reads_only_the_newest_matches_and_says_so(ArchiveEngine engine)
    {
        using var seeds = new SeedFolder();
        new Anniversary.Archive.Corpus.SyntheticCorpus(seed: 7).WriteTo(seeds.Path, 150);
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        // "the" is in every paragraph of every generated article: far more rows than the bound.
        var common = await SearchAsync(store, "the", SearchSort.Newest);
        Assert.True(common.Truncated);
        Assert.InRange(common.Total, SqliteSearchIndex.CandidateLimit / 2, SqliteSearchIndex.CandidateLimit);

        // The rows read are the newest imported: the last article is among them, the first is not.
        await using (var ids = store.CreateContext())
        {
            var request = new SearchRequest(SearchQueryParser.Parse("the"), null, null, null, SearchKind.Both, SearchSort.Newest, 1, PageSize: 1000);
            var read = (await store.Search().SearchAsync(ids, request)).Hits.Select(h => h.ArticleSlug).ToHashSet();
            var articles = ids.Articles.OrderBy(a => a.Id).Select(a => a.Slug).ToList();
            Assert.Contains(articles[^1], read);
            Assert.DoesNotContain(articles[0], read);
        }

        // Above the bound, relevance puts the headlines holding the word first.
        var relevant = await SearchAsync(store, "in", SearchSort.Relevance);
        Assert.True(relevant.Truncated);
        Assert.All(relevant.Hits, hit => Assert.Equal(HitType.Article, hit.Type));
        Assert.All(relevant.Hits, hit => Assert.Contains("in", SearchText.Words(hit.Title)));

        // Narrowed by date, the same word is under the bound: every match is read and counted.
        await using var db = store.CreateContext();
        var latest = db.Articles.Max(a => a.Date);
        var narrow = await SearchAsync(store, "the", SearchSort.Newest, from: latest);
        Assert.False(narrow.Truncated);
        Assert.InRange(narrow.Total, 1, common.Total - 1);
        Assert.All(narrow.Hits, h => Assert.Equal(latest, h.Date));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_named_speakers_statements_past_the_index_rows_read_are_still_found(ArchiveEngine engine)
    {
        // Each article holds more statements by one speaker, and the first imported is the newest:
        // the index rows naming him pass the bound, and the rows read (the last imported) miss his newest words.
        using var seeds = new SeedFolder();
        for (var i = 0; i < 80; i++)
        {
            var statements = Enumerable.Range(1, 14).Select(n => $"He said that plan {i} step {n} will go ahead.");
            seeds.With($"{i:000}.txt", $"date {new DateOnly(2020, 6, 1).AddDays(-i):yyyy-MM-dd} HANOI – Meeting {i} took place.\n\n" +
                "Tran Van Binh, Chairman, said that the meeting went well.\n\n" + string.Join("\n\n", statements) + "\n");
        }

        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var speaker = await db.People.SingleAsync(p => p.Key == "tran van binh");
        var newest = await db.Articles.OrderByDescending(a => a.Date).FirstAsync();
        Assert.Equal(15, await db.Statements.CountAsync(s => s.PersonId == speaker.Id && s.ArticleId == newest.Id));
        Assert.Equal(await db.Articles.MinAsync(a => a.Id), newest.Id);

        var request = new SearchRequest(SearchQueryParser.Parse("binh"), null, null, null, SearchKind.Statements, SearchSort.Newest, 1);
        var found = await store.Search().SearchAsync(db, request);

        Assert.True(found.Truncated);
        Assert.Equal(request.PageSize, found.Hits.Count);
        Assert.All(found.Hits, hit => Assert.Equal((newest.Slug, speaker.Slug), (hit.ArticleSlug, hit.PersonSlug)));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_named_speakers_newest_statements_are_found_when_all_of_them_are_far_older_than_the_archives_last_day(ArchiveEngine engine)
    {
        // Far more statements than the bound, all in the archive's first two years, and one article
        // fifty years on: a first guess at the newest day to read from, made as if his statements were
        // spread over the fifty years, finds none of them, and the search reads further back.
        using var seeds = new SeedFolder();
        for (var i = 0; i < 150; i++)
        {
            var statements = Enumerable.Range(1, 14).Select(n => $"He said that plan {i} step {n} will go ahead.");
            seeds.With($"{i:000}.txt", $"date {new DateOnly(1976, 12, 31).AddDays(-3 * i):yyyy-MM-dd} HANOI – Meeting {i} took place.\n\n" +
                "Tran Van Binh, Chairman, said that the meeting went well.\n\n" + string.Join("\n\n", statements) + "\n");
        }

        seeds.With("999.txt", "date 2025-06-01 HANOI – A later meeting took place.\n\nLe Thi Hoa, Director, said that it went well.\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var speaker = await db.People.SingleAsync(p => p.Key == "tran van binh");
        Assert.True(speaker.StatementCount > 2 * (SqliteSearchIndex.CandidateLimit + 1));
        var newest = await db.Articles.Where(a => a.Statements.Any(s => s.PersonId == speaker.Id)).OrderByDescending(a => a.Date).FirstAsync();
        Assert.Equal(new DateOnly(1976, 12, 31), newest.Date);

        var request = new SearchRequest(SearchQueryParser.Parse("binh"), null, null, null, SearchKind.Statements, SearchSort.Newest, 1, PageSize: 15);
        var found = await store.Search().SearchAsync(db, request);

        Assert.True(found.Truncated);
        Assert.Equal(15, found.Hits.Count);
        Assert.All(found.Hits, hit => Assert.Equal((newest.Slug, speaker.Slug), (hit.ArticleSlug, hit.PersonSlug)));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_statement_carries_its_articles_date_and_a_re_import_that_changes_the_date_moves_it(ArchiveEngine engine)
    {
        using var seeds = new SeedFolder();
        seeds.With("a.txt", "date 2001-02-03 HANOI – A meeting took place.\n\nTran Van Binh, Chairman, said that the meeting went well.\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        Assert.Equal([new DateOnly(2001, 2, 3)], await StatementDatesAsync(store));

        seeds.With("a.txt", "date 2002-03-04 HANOI – A meeting took place.\n\nTran Van Binh, Chairman, said that the meeting went well.\n");
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(1, summary.Updated);
        Assert.Equal([new DateOnly(2002, 3, 4)], await StatementDatesAsync(store));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Every_statement_stored_carries_its_articles_date(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        await using var check = store.CreateContext();
        var statements = await check.Statements.Select(s => new { s.Date, Article = s.Article!.Date }).ToListAsync();
        Assert.True(statements.Count > 4);
        Assert.All(statements, s => Assert.Equal(s.Article, s.Date));
    }

    private static async Task<List<DateOnly>> StatementDatesAsync(ArchiveStore store)
    {
        await using var db = store.CreateContext();
        return await db.Statements.Select(s => s.Date).ToListAsync();
    }

    [Fact]
    public async Task An_index_emptied_with_its_articles_marked_for_importing_again_is_written_again_by_the_next_import()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var before = await SearchAsync(store, "hanoi", SearchSort.Newest);
        Assert.True(before.Total > 0);

        // What a migration that rebuilds the index does: empties it and marks every article for importing again.
        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {SqliteSearchEntries.Table}({SqliteSearchEntries.Table}) VALUES ('delete-all'); INSERT INTO {SqliteSearchEntries.ArticleWords}({SqliteSearchEntries.ArticleWords}) VALUES ('delete-all'); UPDATE Articles SET ContentHash = X'';");
        }

        Assert.Equal(0, await TotalAsync(store, "hanoi"));
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 2, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        var after = await SearchAsync(store, "hanoi", SearchSort.Newest);
        Assert.Equal(before.Hits.Select(h => h.Url), after.Hits.Select(h => h.Url));
        Assert.Equal(before.Total, after.Total);
        await using var check = store.CreateContext();
        Assert.True(await new SqliteIntegrityCheck().CheckAsync(check));
    }

    [Theory]
    [InlineData(7, 7_000)]
    [InlineData(0, int.MaxValue)]
    public async Task Every_connection_maps_the_file_and_waits_for_a_busy_writer_as_long_as_its_default_timeout(int seconds, long expectedMilliseconds)
    {
        using var store = await ArchiveStore.CreateAsync();
        var connectionString = $"{store.ConnectionString};Default Timeout={seconds}";

        // Twice: the second open is handed the same SQLite connection by the pool, which keeps its settings.
        for (var open = 0; open < 2; open++)
        {
            await using var db = SqliteEngine.Context(connectionString);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(MappedBytes, await PragmaAsync(db, "mmap_size"));
            Assert.Equal(expectedMilliseconds, await PragmaAsync(db, "busy_timeout"));
        }
    }

    [Fact]
    public async Task The_import_reads_the_file_unmapped_and_its_connection_maps_it_again_when_the_import_ends()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using (var db = store.CreateContext())
        {
            var importLock = await new SqliteImportLock().TryTakeAsync(db);
            Assert.NotNull(importLock);
            Assert.Equal(0, await PragmaAsync(db, "mmap_size"));
            importLock.Dispose();
            Assert.Equal(MappedBytes, await PragmaAsync(db, "mmap_size"));
        }

        // The pool hands out the import's SQLite connection again.
        await using var reader = store.CreateContext();
        await reader.Database.OpenConnectionAsync();
        Assert.Equal(MappedBytes, await PragmaAsync(reader, "mmap_size"));
    }

    /// <summary>What SQLite maps of the size asked for: it maps at most 0x7fff0000 bytes.</summary>
    private static readonly long MappedBytes = Math.Min(SqliteConnectionSettings.MemoryMapBytes, 0x7fff0000);

    private static async Task<long> PragmaAsync(Anniversary.Archive.Data.ArchiveDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_day_written_in_numbers_day_first_is_found_by_that_day_as_when_written_in_words(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var slug = (await store.ArticleAsync(SeedFolder.Seed001)).Slug;
        var inWords = await ParagraphsFoundAsync(store, "7 January 1979", slug);
        Assert.NotEmpty(inWords);

        var text = File.ReadAllText(seeds.PathOf(SeedFolder.Seed001));
        Assert.Contains("January 7, 1979", text);
        seeds.With(SeedFolder.Seed001, text.Replace("January 7, 1979", "7/1/1979"));
        Assert.Equal(1, (await store.ImportAsync(seeds.Path)).Updated);

        Assert.Equal(inWords, await ParagraphsFoundAsync(store, "7 January 1979", slug));
        Assert.Equal(inWords, await ParagraphsFoundAsync(store, "7/1/1979", slug));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_paragraph_giving_a_range_of_days_is_found_by_each_day_of_it(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        var text = File.ReadAllText(seeds.PathOf(SeedFolder.Seed001));
        Assert.Contains("on January 6 to", text);
        seeds.With(SeedFolder.Seed001, text.Replace("on January 6 to", "on January 5-6 to"));
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var slug = (await store.ArticleAsync(SeedFolder.Seed001)).Slug;

        var onTheFifth = await ParagraphsFoundAsync(store, "5 January 2024", slug);
        Assert.NotEmpty(onTheFifth);
        Assert.Equal(onTheFifth, (await ParagraphsFoundAsync(store, "6 January 2024", slug)).Intersect(onTheFifth));
    }

    private async Task<int?[]> ParagraphsFoundAsync(ArchiveStore store, string q, string slug) =>
        [.. (await SearchAsync(store, q, SearchSort.Relevance)).Hits.Where(hit => hit.ArticleSlug == slug).Select(hit => hit.Paragraph).Order()];

    private async Task<int> TotalAsync(ArchiveStore store, string q) => (await SearchAsync(store, q, SearchSort.Relevance)).Total;

    private async Task<SearchResults> SearchAsync(ArchiveStore store, string q, SearchSort sort, DateOnly? from = null)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, from, null, SearchKind.Both, sort, 1);
        return await store.Search().SearchAsync(db, request);
    }
}
