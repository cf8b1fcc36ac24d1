namespace Anniversary.Archive.Data.Sqlite;

/// <summary>Creates the database's folder, turns on WAL, and builds the indexes a killed import deferred, unless an import is writing.</summary>
public sealed class SqliteStorePreparation(SqliteDeferredIndexes deferredIndexes) : IStorePreparation
{
    /// <summary>The page size of an archive made new.</summary>
    public const int PageBytes = 8192;

    public async Task PrepareAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(db.DatabaseFile());
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // A new archive's pages are 8 KiB, not SQLite's 4: an article's compressed block (about 900
        // bytes of a real-sized report) fills them with less left over, and every table and index has
        // half as many pages to head. It only takes before the first table, and never in WAL mode, so
        // an archive made before keeps its 4 KiB pages.
        await db.ExecuteAsync($"PRAGMA page_size = {PageBytes};", cancellationToken);

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
