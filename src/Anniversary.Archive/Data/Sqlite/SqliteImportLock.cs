using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// An exclusive lock on a file beside the database, which the operating system drops when the
/// importing process ends, however it ends; the import's connection is tuned for writing while it is held.
/// </summary>
public sealed class SqliteImportLock : IImportLock
{
    private static readonly string[] Tables = [SqliteSearchEntries.Table, SqliteSearchEntries.ArticleWords];

    private const long WalBytes = 128L * 1024 * 1024;

    internal static IDisposable? TryLockFile(ArchiveDbContext db) => db.TryLockFileBeside(".import-lock");

    public async Task<IDisposable?> TryTakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var lockFile = TryLockFile(db);
        if (lockFile is null)
        {
            return null;
        }

        // For the import's connection only: in WAL, NORMAL syncs at checkpoints, which still survives a
        // killed process (only a power cut can lose the last batches, never corrupt the file), and a
        // larger page cache keeps the indexes being written in memory: 16 MiB holds the indexes written
        // in no order (slugs, people's appearances, events) of 100,000 reports as fast as 32 or 64 MiB
        // did, for less of the import's peak memory (64 MiB put it over 300 MiB, with the rest).
        // Foreign keys are not checked: the importer writes only ids it has just read or created, under
        // this lock, and checking them made every row cost several times as much. The import's own
        // statements run on SQLite's C API, so they wait for another writer by SQLite's busy timeout.
        // The log is copied into the file once it holds 128 MiB rather than 4 MiB: each batch is more
        // than 4 MB, so every commit copied it, and pages written by many batches (index pages above
        // all) were copied again each time.
        // The copies of pages a savepoint or a statement keeps to undo itself stay in memory rather than
        // in temporary files, which took many times the archive's size in writes.
        // wal_autocheckpoint counts pages, of 4 or 8 KiB as the archive was made.
        var pageBytes = Convert.ToInt64(await db.ScalarAsync("PRAGMA page_size", [], cancellationToken));
        await db.ExecuteAsync($"PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = {WalBytes / pageBytes}; PRAGMA temp_store = MEMORY;", cancellationToken);
        var unmapped = SqliteConnectionSettings.UnmapForImport((SqliteConnection)db.Database.GetDbConnection());

        // FTS5 writes its pending terms out as a new segment whenever they pass 1 MB, several times per
        // batch, and merges every 4 segments of a level. Up to 64 MB pending (a batch's worth) and merges
        // of 8 rewrite each term's rows fewer times, and searches read as fast. Both are kept in the
        // index, and written only when they differ: every write changes the index's own record.
        foreach (var table in Tables)
        {
            foreach (var (name, value) in new[] { ("hashsize", 64 * 1024 * 1024), ("automerge", 8) })
            {
                var stored = await db.ScalarAsync($"SELECT v FROM {table}_config WHERE k = $name", [("$name", name)], cancellationToken);
                if (stored is not long number || number != value)
                {
                    await db.ExecuteAsync($"INSERT INTO {table}({table}, rank) VALUES ($name, $value)", cancellationToken, ("$name", name), ("$value", value));
                }
            }
        }

        return new ImportLock(unmapped, lockFile);
    }

    /// <summary>Released in order: the connection mapped again, then the lock file.</summary>
    private sealed class ImportLock(IDisposable unmapped, IDisposable lockFile) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                unmapped.Dispose();
            }
            finally
            {
                lockFile.Dispose();
            }
        }
    }
}
