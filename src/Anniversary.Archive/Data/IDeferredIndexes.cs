namespace Anniversary.Archive.Data;

/// <summary>
/// Under the import's lock: the indexes an import keeps up at a high cost, row by row in no order,
/// and never reads itself, dropped for a large import and built again at once from the rows.
/// </summary>
public interface IDeferredIndexes
{
    /// <summary>Drops them, noting them in the store so that <see cref="BuildAsync"/> builds them even after a killed import.</summary>
    Task DeferAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Builds every index <see cref="DeferAsync"/> noted; nothing when none is.</summary>
    Task BuildAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}
