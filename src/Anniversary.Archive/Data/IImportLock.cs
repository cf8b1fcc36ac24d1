namespace Anniversary.Archive.Data;

/// <summary>
/// Makes this import the only one writing to the store until disposed, and tunes the import's
/// connection for writing; null when another import holds it. A killed import releases it with its process.
/// </summary>
public interface IImportLock
{
    Task<IDisposable?> TryTakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}
