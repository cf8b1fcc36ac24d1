using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data;

/// <summary>Creating and migrating the store. SQLite-specific settings live here and nowhere else.</summary>
public static class ArchiveDatabase
{
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets pages read while the importer writes; it is a property of the file, so set once here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
