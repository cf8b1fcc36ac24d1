using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data;

/// <summary>Creating and migrating the store; engine settings are the search seam's.</summary>
public static class ArchiveDatabase
{
    public static async Task MigrateAsync(ArchiveDbContext db, ISearchIndex index, CancellationToken cancellationToken = default)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Before migrating, so that migrations find the schema whole (indexes a killed import deferred built again).
        await index.ConfigureAsync(db, cancellationToken);

        // Migrating takes a lock even when there is nothing to do; most starts have nothing to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            using var migrating = await index.LockForMigrationAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
