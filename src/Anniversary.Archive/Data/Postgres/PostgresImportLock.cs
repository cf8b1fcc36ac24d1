using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// A session advisory lock on the primary, held by the import's connection: PostgreSQL drops it
/// when that connection ends, however the importing process ends, and on every server the archive's
/// nodes share, which a lock file would not be.
/// </summary>
public sealed class PostgresImportLock(PostgresConnections connections) : IImportLock
{
    /// <summary>The lock's key, of this archive's database only (advisory locks are per database).</summary>
    internal const long Key = 0x414e4e4956_01;

    public async Task<IDisposable?> TryTakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await connections.ToPrimaryAsync(db, cancellationToken);
        var taken = await db.ScalarAsync("SELECT pg_try_advisory_lock(@key)", cancellationToken, ("key", Key)) is true;
        return taken ? new AdvisoryLock(db, Key) : null;
    }
}

/// <summary>Releases a session advisory lock on the connection that took it, if it is still open (a closed one released it).</summary>
internal sealed class AdvisoryLock(ArchiveDbContext db, long key) : IDisposable
{
    public void Dispose()
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
        command.Parameters.AddWithValue("key", key);
        command.ExecuteNonQuery();
    }
}
