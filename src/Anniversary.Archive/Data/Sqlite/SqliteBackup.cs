namespace Anniversary.Archive.Data.Sqlite;

/// <summary>VACUUM INTO: a consistent copy written by SQLite itself, compacted, while readers and writers go on.</summary>
public sealed class SqliteBackup : IArchiveBackup
{
    public async Task<bool> TryBackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default)
    {
        // Opening a connection to a missing file would create an empty archive and copy that.
        if (db.DatabaseFile() is not { } file || !File.Exists(file))
        {
            return false;
        }

        await db.ExecuteAsync("VACUUM INTO $path", cancellationToken, ("$path", Path.GetFullPath(path)));
        return true;
    }
}
