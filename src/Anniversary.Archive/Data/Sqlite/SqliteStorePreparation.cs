namespace Anniversary.Archive.Data.Sqlite;

/// <summary>Creates the database's folder, turns on WAL, and builds the indexes a killed import deferred, unless an import is writing.</summary>
public sealed class SqliteStorePreparation(SqliteDeferredIndexes deferredIndexes) : IStorePreparation
{
    public async Task PrepareAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(db.DatabaseFile());
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets pages read while the importer writes; it is a property of the file, so set once here.
        await db.ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        // An import killed before building the indexes it deferred left them to whoever opens the
        // archive next; an import still writing builds its own.
        using var importing = SqliteImportLock.TryLockFile(db);
        if (importing is not null)
        {
            await deferredIndexes.BuildAsync(db, cancellationToken);
        }
    }
}
