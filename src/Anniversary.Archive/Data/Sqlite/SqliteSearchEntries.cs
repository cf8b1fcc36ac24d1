namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// The search index, two FTS5 tables holding text normalised for search. <see cref="Table"/>: one
/// row per body paragraph (a statement when a speaker said it: then its speaker's name, and the
/// speaker's token, <see cref="SpeakerToken"/>) and one per article holding what is not a paragraph
/// (headline; standfirst and captions; people), so each paragraph is indexed once. Its columns are
/// body, title, people, speaker, body first: FTS5 writes two more bytes for each row a word is in
/// outside the first column, and nearly every word of the index is in a paragraph's body.
/// <see cref="ArticleWords"/>: one row per article, its words without positions (<c>detail=none</c>),
/// so that words spread over an article's paragraphs find the article. Contentless: they keep the
/// words, not a copy of the text (the articles hold it), and a row id says whose words they are.
/// Deletable, so a re-import replaces an article's rows.
/// </summary>
public static class SqliteSearchEntries
{
    public const string Table = "SearchEntries";

    public const string ArticleWords = "ArticleWords";

    /// <summary>
    /// Row ids place an article's rows together: −(article id × this + paragraph number, 0 for the
    /// article itself). Negative so that the newest article comes first in ascending row ids, the
    /// order FTS5 reads fastest. FTS5 stores each row id as the difference from the one before it in
    /// a word's list, so the step from one article to the next is kept small: two bytes, where
    /// 100,000 took three (at 20,000 real-sized reports the index is a tenth smaller). A paragraph
    /// numbered this or above (no report comes near: a report has tens) is not indexed.
    /// </summary>
    internal const long RowsPerArticle = 1024;

    internal static long RowId(int articleId, int paragraph) => -(articleId * RowsPerArticle + paragraph);

    /// <summary>An article's row of <see cref="ArticleWords"/>: −(article id), newest first and densely numbered, which FTS5 stores in the fewest bytes.</summary>
    internal static long WordsRowId(int articleId) => -articleId;

    /// <summary>
    /// The token of a speaker, in the <c>speaker</c> column of their statements' rows: a private-use
    /// character and the person's id, one token to FTS5's tokenizer (it keeps private-use characters
    /// in words) that no search can hold, as a search's words are letters and digits only. A search
    /// filtered to a speaker adds it to its words, so FTS5 reads only the rows holding both.
    /// </summary>
    internal static string SpeakerToken(int personId) => "\uE000" + personId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The article and paragraph numbers of an index row, in SQL.</summary>
    internal static readonly string RowArticle = $"(-{Table}.rowid / {RowsPerArticle})", RowParagraph = $"(-{Table}.rowid % {RowsPerArticle})";
}
