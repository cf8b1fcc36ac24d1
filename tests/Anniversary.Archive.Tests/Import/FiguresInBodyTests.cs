using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Import;

/// <summary>An article's figures kept in its compressed block (migration <c>FiguresInBody</c>).</summary>
public sealed class FiguresInBodyTests
{
    [Fact]
    public void A_blocks_figures_read_back_as_written_and_a_block_written_before_them_has_none()
    {
        Figure[] figures = [new() { Position = 0, Caption = "Delegates at the event", Credit = "VNA" }, new() { Position = 4, Caption = "A performance", Credit = null }, new() { Position = 6, Caption = "Flowers", Credit = "" }];
        var block = StoredParagraphs.Pack([new Paragraph { Number = 1, Position = 1, Text = "A paragraph." }], "date line\n", figures);

        var (paragraphs, original, read) = StoredParagraphs.ReadAll(block);

        Assert.Equal("A paragraph.", Assert.Single(paragraphs).Text);
        Assert.Equal("date line\n", original);
        Assert.Equal(figures.Select(f => (f.Position, f.Caption, f.Credit)), read.Select(f => (f.Position, f.Caption, f.Credit)));
        Assert.Empty(StoredParagraphs.Figures(StoredParagraphs.Pack([new Paragraph { Number = 1, Text = "One." }], "x")));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_drops_the_rows_of_figures_and_the_next_import_puts_them_in_each_block(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = (await store.ArticleAsync(SeedFolder.Seed000)).Figures.Select(f => (f.Position, f.Caption, f.Credit)).ToList();
        Assert.Equal(2, before.Count);
        await using (var db = store.CreateContext())
        {
            await MigrationSteps.ToJustBeforeAsync(db, "FiguresInBody");
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"Figures\"").SingleAsync());

            await store.Migrator().MigrateAsync(db);

            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"Figures\"").SingleAsync());
        }

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 2), (summary.Imported, summary.Updated));
        Assert.Equal(before, (await store.ArticleAsync(SeedFolder.Seed000)).Figures.Select(f => (f.Position, f.Caption, f.Credit)));
        Assert.Equal(File.ReadAllText(seeds.PathOf(SeedFolder.Seed000)), ArchiveStore.ImportedText(await store.ArticleAsync(SeedFolder.Seed000)));
    }
}
