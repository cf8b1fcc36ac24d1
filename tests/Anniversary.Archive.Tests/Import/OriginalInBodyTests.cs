using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Import;

/// <summary>The text as imported, but for its paragraphs, kept in the article's compressed block (migration <c>OriginalInBody</c>).</summary>
public sealed class OriginalInBodyTests
{
    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_drops_the_rows_of_text_and_marks_every_article_so_the_next_import_stores_each_file_whole_in_its_block(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using (var db = store.CreateContext())
        {
            await MigrationSteps.ToJustBeforeAsync(db, "OriginalInBody");
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"ArticleSources\"").SingleAsync());

            await store.Migrator().MigrateAsync(db);

            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"ArticleSources\"").SingleAsync());
        }

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 2), (summary.Imported, summary.Updated));
        foreach (var seed in new[] { SeedFolder.Seed000, SeedFolder.Seed001 })
        {
            var article = await store.ArticleAsync(seed);
            Assert.NotNull(StoredParagraphs.Original(article.Body!.Paragraphs));
            Assert.Equal(File.ReadAllText(seeds.PathOf(seed)), ArchiveStore.ImportedText(article));
        }
    }

    [Fact]
    public async Task An_edited_re_import_replaces_the_text_as_imported_with_its_paragraphs()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var edited = File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)).Replace("gift packages", "flower baskets").ReplaceLineEndings("\r\n");
        seeds.With(SeedFolder.Seed001, edited);

        await store.ImportAsync(seeds.Path);

        Assert.Equal(edited, ArchiveStore.ImportedText(await store.ArticleAsync(SeedFolder.Seed001)));
    }
}
