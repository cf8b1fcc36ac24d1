using System.Data.Common;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>FTS5's own integrity check of the search index.</summary>
public sealed class SqliteIntegrityCheck : IIntegrityCheck
{
    private const string Table = SqliteSearchEntries.Table;

    public async Task<bool> CheckAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.ExecuteAsync($"INSERT INTO {Table}({Table}, rank) VALUES('integrity-check', 1)", cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
