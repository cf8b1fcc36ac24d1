using System.Text;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Search;

/// <summary>
/// How SQLite's index is laid out to stay small (<see cref="SqliteSearchEntries"/>): the body its first
/// column, an article's rows numbered within <see cref="SqliteSearchEntries.RowsPerArticle"/>.
/// </summary>
public sealed class SqliteIndexShapeTests
{
    [Fact]
    public async Task The_index_holds_the_body_in_its_first_column()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        var columns = await db.Database.SqlQueryRaw<string>($"SELECT name AS Value FROM pragma_table_info('{SqliteSearchEntries.Table}') ORDER BY cid").ToListAsync();

        Assert.Equal(["body", "title", "people", "speaker"], columns);
    }

    [Fact]
    public async Task An_article_with_more_paragraphs_than_its_rows_keeps_them_apart_from_its_neighbours_and_is_found_by_every_word()
    {
        var paragraphs = (int)SqliteSearchEntries.RowsPerArticle + 5;
        var text = new StringBuilder("date 2024-02-01 HANOI – A long record of the provincial meeting was read.\n");
        for (var number = 2; number <= paragraphs; number++)
        {
            text.Append('\n').Append(number switch
            {
                2 => "The opening paragraph spoke of bridges.",
                _ when number == SqliteSearchEntries.RowsPerArticle - 1 => "The last indexed paragraph spoke of lanterns.",
                _ when number == paragraphs => "The closing paragraph spoke of orchards.",
                _ => "Delegates listened.",
            }).Append('\n');
        }

        using var seeds = new SeedFolder()
            .With("a.txt", "date 2024-01-31 HANOI – A short report on rivers was read.\n\nThe river paragraph spoke of ferries.\n")
            .With("b.txt", text.ToString())
            .With("c.txt", "date 2024-02-02 HANOI – A short report on farms was read.\n\nThe farm paragraph spoke of orchards and lanterns.\n");
        using var store = await ArchiveStore.CreateAsync();
        var summary = await store.ImportAsync(seeds.Path);
        Assert.Equal(3, summary.Imported);

        var lanterns = await HitsAsync(store, "lanterns");
        Assert.Contains(lanterns, h => h.Date == new DateOnly(2024, 2, 1) && h.Paragraph == (int)SqliteSearchEntries.RowsPerArticle - 1);
        Assert.Contains(lanterns, h => h.Date == new DateOnly(2024, 2, 2) && h.Paragraph == 2);
        Assert.All(lanterns.Where(h => h.Paragraph is not null), h => Assert.True(h.Date != new DateOnly(2024, 1, 31)));

        // Past its rows, a paragraph is not a hit of its own, but its words still find the article.
        var orchards = await HitsAsync(store, "orchards");
        Assert.Contains(orchards, h => h.Date == new DateOnly(2024, 2, 1) && h.Type == HitType.Article);
        Assert.DoesNotContain(orchards, h => h.Date == new DateOnly(2024, 2, 1) && h.Paragraph is not null);
        Assert.Contains(orchards, h => h.Date == new DateOnly(2024, 2, 2) && h.Paragraph == 2);
        var ferries = await HitsAsync(store, "ferries");
        Assert.Contains(ferries, h => h.Date == new DateOnly(2024, 1, 31) && h.Paragraph == 2);
        Assert.All(ferries, h => Assert.Equal(new DateOnly(2024, 1, 31), h.Date));
        await using var db = store.CreateContext();
        Assert.True(await new SqliteIntegrityCheck().CheckAsync(db));
    }

    [Fact]
    public async Task Migrating_an_archive_indexed_title_first_empties_its_index_and_the_next_import_finds_the_same_hits()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var before = await HitsAsync(store, "volunteer soldiers");
        Assert.NotEmpty(before);

        // An archive as it stood before the migration: the index's columns title first, SearchIndexBodyFirst not applied.
        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                $"DROP TABLE {SqliteSearchEntries.Table}; CREATE VIRTUAL TABLE {SqliteSearchEntries.Table} USING fts5(title, body, people, speaker, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'); " +
                "DELETE FROM __EFMigrationsHistory WHERE MigrationId = '20261207040000_SearchIndexBodyFirst';");
            await SqliteEngine.Migrator().MigrateAsync(db);
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {SqliteSearchEntries.Table}").SingleAsync());
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {SqliteSearchEntries.ArticleWords}").SingleAsync());
            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
            Assert.Equal("body", await db.Database.SqlQueryRaw<string>($"SELECT name AS Value FROM pragma_table_info('{SqliteSearchEntries.Table}') WHERE cid = 0").SingleAsync());
        }

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 2), (summary.Imported, summary.Updated));
        var after = await HitsAsync(store, "volunteer soldiers");
        Assert.Equal(before.Select(h => (h.Url, h.Paragraph)), after.Select(h => (h.Url, h.Paragraph)));
        await using var check = store.CreateContext();
        Assert.True(await new SqliteIntegrityCheck().CheckAsync(check));
    }

    [Fact]
    public async Task A_statements_row_holds_its_speakers_token_not_their_name_and_a_search_for_the_name_still_finds_the_statement()
    {
        using var seeds = new SeedFolder().With("a.txt",
            "date 2024-03-01 HANOI – A meeting on rivers took place.\n\nTran Van Binh, Chairman, said that the meeting went well.\n\nHe said that the ferries will run again.\n");
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var said = await db.Statements.Select(s => s.ParagraphNumber).OrderBy(n => n).ToListAsync();
        Assert.Equal([2, 3], said);

        // The name and the role are in the article's row (its people) and in the paragraph that writes
        // them, not in the row of the statement that does not.
        foreach (var word in new[] { "binh", "chairman" })
        {
            var sql = $"SELECT {SqliteSearchEntries.RowParagraph} AS Value FROM {SqliteSearchEntries.Table} WHERE {SqliteSearchEntries.Table} MATCH {{0}}";
            var rows = await db.Database.SqlQueryRaw<long>(sql, word).ToListAsync();
            Assert.Equal([0L, 2L], rows.Order());
        }

        var hits = await HitsAsync(store, "binh");
        Assert.Equal([2, 3], hits.Where(h => h.PersonSlug is not null).Select(h => h.Paragraph ?? 0).Order());
    }

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(ArchiveStore store, string q)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, SearchKind.Both, SearchSort.Relevance, 1, PageSize: 100);
        return (await store.Search().SearchAsync(db, request)).Hits;
    }
}
