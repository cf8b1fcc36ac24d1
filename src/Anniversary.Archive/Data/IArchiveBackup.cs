namespace Anniversary.Archive.Data;

/// <summary>A consistent copy of the whole store, written while the site keeps serving (never a file copy).</summary>
public interface IArchiveBackup
{
    /// <summary>False, writing nothing, when there is no store to copy.</summary>
    Task<bool> TryBackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default);
}
