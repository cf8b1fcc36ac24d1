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

        await db.Database.MigrateAsync(cancellationToken);
        await index.ConfigureAsync(db, cancellationToken);
    }
}
