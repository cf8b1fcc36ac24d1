using System.Security.Cryptography;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anniversary.Archive.Tests.Import;

/// <summary>An article's SHA-256 digests are stored as their 32 bytes (migration <c>DigestsAsBytes</c>), on both engines.</summary>
public sealed class StoredDigestsTests
{
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
    public async Task Migrating_hex_digests_keeps_each_as_its_bytes_and_every_row_and_index_as_it_was(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        List<(int Id, byte[] ContentHash, byte[] TextHash)> digests;
        await using (var db = store.CreateContext())
        {
            // The rows and indexes compared are the archive's at this migration: later ones change other
            // tables (a statement's key) and mark articles for import on their way back.
            digests = (await db.Articles.Select(a => new { a.Id, a.ContentHash, a.TextHash }).ToListAsync()).Select(a => (a.Id, a.ContentHash, a.TextHash)).ToList();
            await db.GetService<IMigrator>().MigrateAsync(DigestsAsBytes(db));
            foreach (var (id, contentHash, _) in digests)
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE \"Articles\" SET \"ContentHash\" = {0} WHERE \"Id\" = {1}", contentHash, id);
            }
        }

        var rows = WithoutHistory(await store.DumpApartFromSequencesAsync());
        var indexes = engine == ArchiveEngine.Sqlite ? await store.IndexesAsync() : null;
        await using (var db = store.CreateContext())
        {
            var (migrator, migration) = (db.GetService<IMigrator>(), DigestsAsBytes(db));
            await migrator.MigrateAsync(Before(db, migration));

            // The archive as it stood before the migration: its digests in hex.
            foreach (var (id, contentHash, textHash) in digests)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE \"Articles\" SET \"ContentHash\" = {0}, \"TextHash\" = {1} WHERE \"Id\" = {2}", Convert.ToHexStringLower(contentHash), Convert.ToHexStringLower(textHash), id);
            }

            await migrator.MigrateAsync(migration);
        }

        Assert.Equal(rows, WithoutHistory(await store.DumpApartFromSequencesAsync()));
        // SQLite makes the table again to change a column's type: every index is there again as it was.
        Assert.Equal(indexes, engine == ArchiveEngine.Sqlite ? await store.IndexesAsync() : null);
        await using (var db = store.CreateContext())
        {
            Assert.True(await store.IntegrityCheck().CheckAsync(db));
            await store.Migrator().MigrateAsync(db);
        }

        // The same report under a second name is found by its text's digest and refused.
        seeds.With("copy.txt", File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)));
        var summary = await store.ImportAsync(seeds.Path);
        Assert.Equal(0, summary.Imported);
        Assert.Single(summary.Failures);
    }

    [Fact]
    public async Task An_article_marked_for_importing_again_before_the_migration_keeps_an_empty_digest()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var digests = await db.Articles.Select(a => new { a.SourceFile, a.ContentHash }).ToListAsync();
        var (migrator, migration) = (db.GetService<IMigrator>(), DigestsAsBytes(db));
        await migrator.MigrateAsync(Before(db, migration));
        foreach (var article in digests)
        {
            var hex = article.SourceFile == SeedFolder.Seed001 ? string.Empty : Convert.ToHexStringLower(article.ContentHash);
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET ContentHash = {0} WHERE SourceFile = {1}", hex, article.SourceFile);
        }

        await migrator.MigrateAsync(migration);

        Assert.Equal(1, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
        Assert.Equal(1, await db.Articles.CountAsync(a => a.ContentHash.Length == 32));
        Assert.Equal(2, await db.Articles.CountAsync(a => a.TextHash.Length == 32));
    }

    [Fact]
    public async Task The_migration_run_again_after_its_table_swap_committed_but_before_it_was_recorded_keeps_the_digests()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var rows = WithoutHistory(await store.DumpApartFromSequencesAsync());
        await using (var db = store.CreateContext())
        {
            // As a process killed between the swap and the record leaves it: the table made, the migration not noted.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId = {0}", DigestsAsBytes(db));
            await db.GetService<IMigrator>().MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.Equal(rows, WithoutHistory(await store.DumpApartFromSequencesAsync()));
        Assert.Equal((0, 0, 2), Counts(await store.ImportAsync(seeds.Path)));
    }

    /// <summary>The dump but for the migrations applied, which differ while the archive stands at an earlier one.</summary>
    private static string WithoutHistory(string dump) =>
        string.Join('\n', dump.Split('\n').Where(row => !row.StartsWith("__EFMigrationsHistory", StringComparison.Ordinal)));

    private static string DigestsAsBytes(DbContext db) => db.Database.GetMigrations().Single(m => m.EndsWith("_DigestsAsBytes", StringComparison.Ordinal));

    private static string Before(DbContext db, string migration)
    {
        var migrations = db.Database.GetMigrations().ToList();
        return migrations[migrations.IndexOf(migration) - 1];
    }

    private static (int Imported, int Updated, int Unchanged) Counts(Anniversary.Archive.Import.ImportSummary summary) =>
        (summary.Imported, summary.Updated, summary.Unchanged);
}
