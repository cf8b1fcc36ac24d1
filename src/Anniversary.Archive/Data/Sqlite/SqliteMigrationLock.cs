namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// An exclusive lock on a file beside the database. EF Core's own lock on SQLite is a row that a
/// process killed while migrating leaves behind, and every later migration would wait for it
/// forever; under this lock such a row is stale, so it goes.
/// </summary>
public sealed class SqliteMigrationLock : IMigrationLock
{
    private const string EfMigrationsLockTable = "__EFMigrationsLock";

    public async Task<IDisposable> TakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        IDisposable? lockFile;
        while ((lockFile = db.TryLockFileBeside(".migrate-lock")) is null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        try
        {
            if (await db.TableExistsAsync(EfMigrationsLockTable, cancellationToken))
            {
                await db.ExecuteAsync($"DELETE FROM {EfMigrationsLockTable}", cancellationToken);
            }
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }

        return lockFile;
    }
}
