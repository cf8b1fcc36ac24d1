using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// Whether an article holds a term of <see cref="SqliteArticleTerms"/>, for articles asked newest
/// first: one cursor per term over the rows that hold it, in row-id order (newest article first),
/// moved on row by row while the article asked is near, and sought again with a row-id bound when
/// it is far, so a common term costs a step per article and a rare one a seek per article asked.
/// </summary>
internal sealed class SqliteArticleTermCursors : IDisposable
{
    // Beyond this many articles between the cursor and the article asked, seeking is cheaper than stepping.
    private const long StepsBeforeSeeking = 64;

    private readonly Cursor[] _cursors;

    public SqliteArticleTermCursors(SqliteConnection connection, IReadOnlyList<(string Table, string Match, long RowsPerArticle)> terms)
    {
        _cursors = terms.Select(t => new Cursor(connection.Handle!, t.Table, t.Match, t.RowsPerArticle)).ToArray();
        connection.CreateFunction<long, long, bool>(SqliteArticleTerms.Function, (term, article) => _cursors[term].Holds(article));
    }

    public void Dispose()
    {
        foreach (var cursor in _cursors)
        {
            cursor.Dispose();
        }
    }

    private sealed class Cursor : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private readonly string _match;
        private readonly long _rowsPerArticle;
        private long _article = long.MaxValue, _asked = long.MaxValue;
        private bool _started;

        public Cursor(sqlite3 db, string table, string match, long rowsPerArticle)
        {
            _db = db;
            Check(db, raw.sqlite3_prepare_v2(db, $"SELECT rowid FROM {table} WHERE {table} MATCH ?1 AND rowid >= ?2 ORDER BY rowid", out _statement));
            _match = match;
            _rowsPerArticle = rowsPerArticle;
        }

        /// <summary>Whether any row of this article holds the term; the cursor's article goes down as row ids go up.</summary>
        public bool Holds(long article)
        {
            if (!_started || article > _asked || _article > article + StepsBeforeSeeking)
            {
                Seek(article);
            }

            _asked = article;
            while (_article > article)
            {
                Step();
            }

            return _article == article;
        }

        private void Seek(long article)
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_bind_text(_statement, 1, _match);
            raw.sqlite3_bind_int64(_statement, 2, -(article * _rowsPerArticle + _rowsPerArticle - 1));
            _started = true;
            Step();
        }

        private void Step()
        {
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_ROW)
            {
                Check(_db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
                _article = long.MinValue;
                return;
            }

            _article = -raw.sqlite3_column_int64(_statement, 0) / _rowsPerArticle;
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
}
