namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// The search index, an FTS5 table: one row per article (headline, standfirst, body, captions,
/// people) and one per body paragraph (a statement when a speaker said it), all holding text
/// normalised for search. Contentless: it keeps the words, not a copy of the text (the articles hold
/// it), and the row id says whose words they are. Deletable, so a re-import replaces an article's rows.
/// </summary>
public static class SqliteSearchEntries
{
    public const string Table = "SearchEntries";

    /// <summary>
    /// Row ids place an article's rows together: −(article id × this + paragraph number, 0 for the
    /// article itself). Negative so that the newest article comes first in ascending row ids, the
    /// order FTS5 reads fastest.
    /// </summary>
    internal const long RowsPerArticle = 100_000;

    internal static long RowId(int articleId, int paragraph) => -(articleId * RowsPerArticle + paragraph);

    /// <summary>The article and paragraph numbers of an index row, in SQL.</summary>
    internal static readonly string RowArticle = $"(-{Table}.rowid / {RowsPerArticle})", RowParagraph = $"(-{Table}.rowid % {RowsPerArticle})";
}
