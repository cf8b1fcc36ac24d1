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

    private sealed class Cursor(sqlite3 db, string table, string match, long rowsPerArticle) : IDisposable
    {
        private readonly SqliteIndexCursor _rows = new(db, table, match, StepsBeforeSeeking * rowsPerArticle);

        /// <summary>Whether any row of this article holds the term: its first row at or after the article's first row id is one of the article's.</summary>
        public bool Holds(long article) => _rows.NextFrom(-(article * rowsPerArticle + rowsPerArticle - 1)) <= -(article * rowsPerArticle);

        public void Dispose() => _rows.Dispose();
    }
}
