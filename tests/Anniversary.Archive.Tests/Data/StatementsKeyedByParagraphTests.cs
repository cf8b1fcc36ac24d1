using Anniversary.Archive.Data;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>A statement keyed by its article and paragraph, its date a number on SQLite (migration <c>StatementsKeyedByParagraph</c>).</summary>
public sealed class StatementsKeyedByParagraphTests
{
    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_there_and_back_keeps_every_statement_and_its_date(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var stored = await StatementsAsync(db);
        Assert.NotEmpty(stored);
        Assert.All(stored, s => Assert.Equal(db.Articles.Single(a => a.Id == s.ArticleId).Date, s.Date));

        await MigrationSteps.ToJustBeforeAsync(db, "StatementsKeyedByParagraph");
        Assert.Equal(stored.Count, await db.Database.SqlQueryRaw<int>("SELECT count(DISTINCT \"Id\") AS \"Value\" FROM \"Statements\"").SingleAsync());
        await store.Migrator().MigrateAsync(db);

        Assert.Equal(stored, await StatementsAsync(db));
        Assert.True(await store.IntegrityCheck().CheckAsync(db));
    }

    [Fact]
    public async Task On_sqlite_the_statements_are_a_table_without_row_ids_their_dates_numbers_and_no_index_of_article_and_paragraph_beside_them()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();

        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT wr AS Value FROM pragma_table_list WHERE name = 'Statements'").SingleAsync());
        var first = await db.Statements.OrderBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber).FirstAsync();
        var date = await db.Database.SqlQueryRaw<long>(
            "SELECT Date AS Value FROM Statements WHERE ArticleId = {0} AND ParagraphNumber = {1} AND typeof(Date) = 'integer'", first.ArticleId, first.ParagraphNumber).SingleAsync();
        Assert.Equal(first.Date.Year * 10000 + first.Date.Month * 100 + first.Date.Day, date);
        Assert.Equal(["IX_Statements_PersonId_Date"], await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_index_list('Statements') WHERE origin = 'c'").ToListAsync());
    }

    private static async Task<List<(int ArticleId, int ParagraphNumber, int PersonId, DateOnly Date)>> StatementsAsync(ArchiveDbContext db) =>
        (await db.Statements.OrderBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber).ToListAsync())
            .Select(s => (s.ArticleId, s.ParagraphNumber, s.PersonId, s.Date)).ToList();
}
