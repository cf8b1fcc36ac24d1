using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// A session advisory lock on the primary, waited for while another process migrates. The server
/// drops it with the connection of a process killed while migrating, so nothing stale is left.
/// </summary>
public sealed class PostgresMigrationLock(PostgresConnections connections) : IMigrationLock
{
    internal const long Key = 0x414e4e4956_02;

    public async Task<IDisposable> TakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await connections.ToPrimaryAsync(db, cancellationToken);

        // Opened here and kept open until disposed, so the migration runs on the connection holding the lock.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.ExecuteAsync("SELECT pg_advisory_lock(@key)", cancellationToken, ("key", Key));
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        return new Migrating(db);
    }

    private sealed class Migrating(ArchiveDbContext db) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                new AdvisoryLock(db, Key).Dispose();
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }
    }
}
