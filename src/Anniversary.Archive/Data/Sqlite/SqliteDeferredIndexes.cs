using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// Indexes in no useful order for a growing archive (dates, hashes, speakers), read by pages and
/// searches, never by the import. Keeping them up costs a random page for every row; building them
/// after a large import is faster than keeping them up. The SQL that builds them is kept in a table
/// while they are dropped, so a killed import leaves them to be built by whoever opens the archive next.
/// </summary>
public sealed class SqliteDeferredIndexes : IDeferredIndexes
{
    private const string DeferredIndexesTable = "DeferredIndexes";

    /// <summary>The indexes on the day of the year of a date ("01-07" of an article's, 107 of a mentioned date's), made by the migrations' SQL, not the model.</summary>
    internal static readonly string[] MonthDayIndexes = ["IX_Articles_MonthDay", "IX_MentionedDates_MonthDay"];

    /// <summary>The names of the indexes deferred: the model's by their columns, and the day-of-year ones.</summary>
    internal static IReadOnlyList<string> Names(IModel model) =>
    [
        IndexOn<Article>(model, nameof(Article.Date)),
        IndexOn<MentionedDate>(model, nameof(MentionedDate.Date)),
        IndexOn<Statement>(model, nameof(Statement.PersonId), nameof(Statement.Date)),
        .. MonthDayIndexes,
    ];

    private static string IndexOn<TEntity>(IModel model, params string[] properties) =>
        model.FindEntityType(typeof(TEntity))!.GetIndexes()
            .Single(index => index.Properties.Select(p => p.Name).SequenceEqual(properties))
            .GetDatabaseName()!;

    public async Task DeferAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var deferrable = Names(db.Model);
        var names = string.Join(", ", deferrable.Select(name => $"'{name}'"));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {DeferredIndexesTable} (Name TEXT PRIMARY KEY, Sql TEXT NOT NULL)", cancellationToken);
        await db.ExecuteAsync($"INSERT OR IGNORE INTO {DeferredIndexesTable} SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({names})", cancellationToken);
        foreach (var name in deferrable)
        {
            await db.ExecuteAsync($"DROP INDEX IF EXISTS \"{name}\"", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task BuildAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.TableExistsAsync(DeferredIndexesTable, cancellationToken))
        {
            return;
        }

        // An index noted by an older build and no longer in the model (dropped by a migration since) is not built again.
        var wanted = Names(db.Model).ToHashSet(StringComparer.Ordinal);
        var statements = new List<string>();
        await using (var command = await db.CommandAsync($"SELECT Name, Sql FROM {DeferredIndexesTable} ORDER BY Name", [], cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (wanted.Contains(reader.GetString(0)))
                {
                    statements.Add(reader.GetString(1));
                }
            }
        }

        // SQLite keeps a CREATE statement without its IF NOT EXISTS: put back, an index built already is left as it is.
        const string create = "CREATE INDEX ";
        // SQLite sorts each index's keys in runs as large as the page cache, kept in memory with the import's
        // temp_store: the import's 32 MiB cache made the sort the import's peak (+40 MiB at its very end). A
        // small cache and runs in a temporary file keep the build under the import's own level, no slower.
        await db.ExecuteAsync("PRAGMA temp_store = FILE; PRAGMA cache_size = -8192", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await db.ExecuteAsync(sql.StartsWith(create, StringComparison.Ordinal) ? "CREATE INDEX IF NOT EXISTS " + sql[create.Length..] : sql, cancellationToken);
        }

        await db.ExecuteAsync($"DROP TABLE {DeferredIndexesTable}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
