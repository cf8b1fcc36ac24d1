using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>The SQLite engine's schema and SQL agree with the EF model the readers use.</summary>
public sealed class SqliteEngineTests
{
    [Fact]
    public async Task A_migrated_store_has_no_migration_left_and_the_model_has_no_change_without_a_migration()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // The baseline, then the migrations since: search stems English words; bylines, sources and former slugs; the unread text-hash index dropped; each paragraph indexed once.
        Assert.Equal(
            ["20261206170209_Baseline", "20261206174536_StemmedSearch", "20261206175040_BylinesSourcesAndFormerSlugs", "20261206204202_DropUnreadTextHashIndex", "20261206223000_ParagraphsIndexedOnce", "20261207010959_ParagraphsCompressedPerArticle", "20261207023000_SpeakerTokenInSearch", "20261207040000_SearchIndexBodyFirst", "20261207043000_DigestsAsBytes", "20261207050000_OriginalInBody", "20261207060000_StatementRowsWithoutSpeakerName", "20261207061000_StatementsKeyedByParagraph", "20261207062000_MentionedDatesAsNumbers", "20261207063000_AppearanceRoleStoredOnce", "20261207064000_MomentsFoundInTheirParagraph", "20261207065000_FiguresInBody", "20261207066000_MentionedDatesFoundInTheirParagraph", "20261207067000_TwoSpeakersInOneParagraph"],
            db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task A_new_archive_has_pages_of_8_KiB()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        Assert.Equal(SqliteStorePreparation.PageBytes, await db.Database.SqlQueryRaw<int>("SELECT page_size AS Value FROM pragma_page_size").SingleAsync());
        Assert.Equal(8192, SqliteStorePreparation.PageBytes);
    }

    [Fact]
    public async Task Every_index_the_import_defers_exists_in_a_migrated_store()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        var indexes = (await store.IndexesAsync()).Select(index => index[..index.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.All(SqliteDeferredIndexes.Names(db.Model), name => Assert.Contains(name, indexes));
    }

    [Fact]
    public async Task The_row_writer_writes_every_column_of_the_model_but_generated_keys()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        foreach (var type in new[] { typeof(Article), typeof(ArticleBody), typeof(Appearance), typeof(Statement), typeof(Moment), typeof(MentionedDate), typeof(Person), typeof(Event) })
        {
            var table = SqliteTable.Of(db.Model, type);
            var stored = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info({0})", table.Name).ToListAsync();
            Assert.Equal(stored.Where(column => column != "Id").Order(), table.Columns.Select(c => c.Name).Order());
        }
    }
}
