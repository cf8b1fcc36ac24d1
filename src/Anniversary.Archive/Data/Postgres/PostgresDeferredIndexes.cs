namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// Nothing is deferred on PostgreSQL. The store is shared: pages on every node and on the standbys
/// keep reading it while an import runs, and a dropped date or speaker index would turn each of
/// their queries into a scan of the whole table until the import ended (standbys replay the drop).
/// PostgreSQL keeps the indexes up in shared buffers, written out at checkpoints, not page by page.
/// </summary>
public sealed class PostgresDeferredIndexes : IDeferredIndexes
{
    public Task DeferAsync(ArchiveDbContext db, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task BuildAsync(ArchiveDbContext db, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
