using System.Text.Json;
using Anniversary.Archive.Data;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anniversary.Web.Tests.Search;

/// <summary>A migration that rebuilds the search index marks every article for importing again; the site's next start does it for the seeds.</summary>
public sealed class IndexRenumberingTests
{
    [Fact]
    public async Task A_site_started_on_an_archive_whose_index_a_migration_emptied_imports_its_seeds_again()
    {
        using var folder = new TempFolder();
        var database = folder.File("archive.db");
        var before = await SearchTotalAsync(database);
        Assert.True(before > 0);

        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={database}").Options;
        await using (var db = new ArchiveDbContext(options))
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261202095629_ArticleSources");
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchEntries").SingleAsync());
            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash == ""));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await SearchTotalAsync(database));

        await using var migrated = new ArchiveDbContext(options);
        Assert.Equal(0, await migrated.Articles.CountAsync(a => a.ContentHash == ""));
        SqliteConnection.ClearAllPools();
    }

    private static async Task<int> SearchTotalAsync(string database)
    {
        await using var site = new ArchiveWebFactory { DatabasePath = database, Caching = false };
        using var client = site.CreateClient();
        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=hanoi"));
        return body.RootElement.GetProperty("total").GetInt32();
    }
}
