using System.Data.Common;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>FTS5's own integrity check of the search index's tables.</summary>
public sealed class SqliteIntegrityCheck : IIntegrityCheck
{
    private static readonly string[] Tables = [SqliteSearchEntries.Table, SqliteSearchEntries.ArticleWords];

    public async Task<bool> CheckAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var table in Tables)
            {
                await db.ExecuteAsync($"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)", cancellationToken);
            }

            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
