using SQLitePCL;
using Microsoft.Data.Sqlite;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// The rows of an FTS5 table that match an expression, asked for in ascending row ids (newest
/// article first): moved on row by row while the row asked is near, and sought again with a row-id
/// bound when it is far, as a seek reopens the expression's terms in every segment of the index
/// (several hundred steps' worth) while a step costs little.
/// </summary>
internal sealed class SqliteIndexCursor : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _match;
    private readonly long _far;
    private long _row, _asked;
    private bool _started;

    /// <param name="far">How many row ids ahead the row asked must be for the cursor to seek rather than step.</param>
    public SqliteIndexCursor(sqlite3 db, string table, string match, long far)
    {
        _db = db;
        Check(db, raw.sqlite3_prepare_v2(db, $"SELECT rowid FROM {table} WHERE {table} MATCH ?1 AND rowid >= ?2 ORDER BY rowid", out _statement));
        _match = match;
        _far = far;
    }

    /// <summary>The first matching row id at or after <paramref name="rowId"/>; <see cref="long.MaxValue"/> when there is none.</summary>
    public long NextFrom(long rowId)
    {
        if (!_started || rowId < _asked || (_row < rowId && rowId - _row > _far))
        {
            Seek(rowId);
        }

        _asked = rowId;
        while (_row < rowId)
        {
            Step();
        }

        return _row;
    }

    private void Seek(long rowId)
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_bind_text(_statement, 1, _match);
        raw.sqlite3_bind_int64(_statement, 2, rowId);
        _started = true;
        Step();
    }

    private void Step()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_ROW)
        {
            Check(_db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
            _row = long.MaxValue;
            return;
        }

        _row = raw.sqlite3_column_int64(_statement, 0);
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }
    }
}
