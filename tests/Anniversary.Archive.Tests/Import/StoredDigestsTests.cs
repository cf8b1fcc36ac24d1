using System.Security.Cryptography;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anniversary.Archive.Tests.Import;

/// <summary>An article's SHA-256 digests are stored as their 32 bytes (migration <c>DigestsAsBytes</c>), on both engines.</summary>
public sealed class StoredDigestsTests
{
    private const string BeforeDigestsAsBytes = "SearchIndexBodyFirst", BeforeDigestsAsBytesOnPostgres = "ParagraphsCompressedPerArticle";

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_article_stores_the_32_bytes_of_its_files_digest_and_an_unchanged_file_is_not_imported_again(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var article = await store.ArticleAsync(SeedFolder.Seed001);

        Assert.Equal(SHA256.HashData(File.ReadAllBytes(seeds.PathOf(SeedFolder.Seed001))), article.TextHash);
        Assert.Equal(32, article.ContentHash.Length);
        Assert.Equal((0, 0, 2), Counts(await store.ImportAsync(seeds.Path)));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_hex_digests_keeps_them_so_the_next_import_finds_every_file_unchanged_and_a_copy_still_refused(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await store.ArticleAsync(SeedFolder.Seed001);
        var rows = await store.DumpApartFromSequencesAsync();
        var indexes = engine == ArchiveEngine.Sqlite ? await store.IndexesAsync() : null;

        await using (var db = store.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            var previous = db.Database.GetMigrations().Last(m => m.EndsWith(engine == ArchiveEngine.Postgres ? BeforeDigestsAsBytesOnPostgres : BeforeDigestsAsBytes, StringComparison.Ordinal));
            await migrator.MigrateAsync(previous);
            Assert.Equal(Convert.ToHexStringLower(before.TextHash), await db.Database.SqlQueryRaw<string>("SELECT \"TextHash\" AS \"Value\" FROM \"Articles\" WHERE \"SourceFile\" = {0}", SeedFolder.Seed001).SingleAsync());

            await store.Migrator().MigrateAsync(db);
        }

        // SQLite makes the table again to change a column's type: every index is there again as it was.
        Assert.Equal(indexes, engine == ArchiveEngine.Sqlite ? await store.IndexesAsync() : null);
        Assert.Equal(rows, await store.DumpApartFromSequencesAsync());
        var after = await store.ArticleAsync(SeedFolder.Seed001);
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.Equal(before.TextHash, after.TextHash);
        Assert.Equal((0, 0, 2), Counts(await store.ImportAsync(seeds.Path)));

        // The same report under a second name is found by its text's digest and refused.
        seeds.With("copy.txt", File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)));
        var summary = await store.ImportAsync(seeds.Path);
        Assert.Equal((0, 0), (summary.Imported, summary.Updated));
        Assert.Single(summary.Failures);
    }

    [Fact]
    public async Task An_article_marked_for_importing_again_by_an_earlier_migration_keeps_an_empty_digest_and_is_imported_again()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        await using (var db = store.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Last(m => m.EndsWith(BeforeDigestsAsBytes, StringComparison.Ordinal)));
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET ContentHash = '' WHERE SourceFile = {0}", SeedFolder.Seed001);
            await store.Migrator().MigrateAsync(db);
            Assert.Equal(1, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
        }

        Assert.Equal((0, 1, 1), Counts(await store.ImportAsync(seeds.Path)));
        Assert.Equal(32, (await store.ArticleAsync(SeedFolder.Seed001)).ContentHash.Length);
    }

    private static (int Imported, int Updated, int Unchanged) Counts(Anniversary.Archive.Import.ImportSummary summary) =>
        (summary.Imported, summary.Updated, summary.Unchanged);
}
