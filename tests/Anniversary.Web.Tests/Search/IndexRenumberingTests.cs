using System.Text.Json;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Tests.Search;

/// <summary>Articles marked for importing again (as a migration that rebuilds the search index marks them) are imported again at the site's next start, for the seeds.</summary>
public sealed class IndexRenumberingTests
{
    [Fact]
    public async Task A_site_started_on_an_archive_whose_index_was_emptied_imports_its_seeds_again()
    {
        using var folder = new TempFolder();
        var database = folder.File("archive.db");
        var before = await SearchTotalAsync(database);
        Assert.True(before > 0);

        await using (var db = SqliteEngine.Context($"Data Source={database}"))
        {
            // What a migration that rebuilds the index does: empties it and marks every article for importing again.
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {SqliteSearchEntries.Table}({SqliteSearchEntries.Table}) VALUES ('delete-all'); INSERT INTO {SqliteSearchEntries.ArticleWords}({SqliteSearchEntries.ArticleWords}) VALUES ('delete-all'); UPDATE Articles SET ContentHash = X'';");
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchEntries").SingleAsync());
            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await SearchTotalAsync(database));

        await using var migrated = SqliteEngine.Context($"Data Source={database}");
        Assert.Equal(0, await migrated.Articles.CountAsync(a => a.ContentHash.Length == 0));
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
