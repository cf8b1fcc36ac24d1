using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data;

/// <summary>Creates and migrates the store, with the engine's preparation before and its lock around.</summary>
public sealed class ArchiveMigrator(IStorePreparation preparation, IMigrationLock migrationLock)
{
    public async Task MigrateAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        // Before migrating, so that migrations find the schema whole (indexes a killed import deferred built again).
        await preparation.PrepareAsync(db, cancellationToken);

        // Migrating takes a lock even when there is nothing to do; most starts have nothing to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            using var migrating = await migrationLock.TakeAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
