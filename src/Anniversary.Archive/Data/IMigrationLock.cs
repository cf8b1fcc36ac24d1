namespace Anniversary.Archive.Data;

/// <summary>
/// Makes this process the only one migrating the store until disposed, waiting while another
/// migrates. A process killed while migrating releases it with its process, and leaves nothing
/// behind that would make the next migration wait.
/// </summary>
public interface IMigrationLock
{
    Task<IDisposable> TakeAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}
