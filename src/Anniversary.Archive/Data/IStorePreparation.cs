namespace Anniversary.Archive.Data;

/// <summary>
/// What an engine does to a store before its schema is migrated: creates what the store needs to
/// exist, applies the engine's settings of the store, and finishes what a killed import left undone.
/// </summary>
public interface IStorePreparation
{
    Task PrepareAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}
