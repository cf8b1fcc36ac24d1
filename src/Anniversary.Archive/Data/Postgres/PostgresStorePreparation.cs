using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// Creates the database on the primary when it does not exist yet (the server's settings are the
/// operator's: this engine sets none of its own). Nothing is left to finish after a killed import:
/// it defers no index (<see cref="PostgresDeferredIndexes"/>).
/// </summary>
public sealed class PostgresStorePreparation(PostgresConnections connections) : IStorePreparation
{
    private const string DuplicateDatabase = "42P04";

    public async Task PrepareAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await connections.ToPrimaryAsync(db, cancellationToken);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == DuplicateDatabase)
        {
            // Another node created it first.
        }
    }
}
