using Anniversary.Archive.Search;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// How a search finds whole articles (<see cref="SqliteSearchEntries.ArticleWords"/>): its words
/// anywhere in the article, its phrases each inside one row of the article (a paragraph, or the
/// article's own row). The table of words has no positions, so it is given the search with each
/// phrase read as its words (<see cref="Match"/>, which finds every article the search finds, and
/// more when there is a phrase); <see cref="Check"/> then keeps the articles that hold each phrase
/// (and each word ORed with one, or a phrase excluded), terms read by <see cref="SqliteArticleTermCursors"/>.
/// </summary>
internal sealed class SqliteArticleTerms
{
    public const string Function = "search_article_holds";

    public SqliteArticleTerms(SearchQuery query)
    {
        var positive = SearchQueryParser.WantedGroups(query.Terms);
        Match = string.Join(" AND ", positive.Select(g => g.Count == 1 ? Words(g[0]) : "(" + string.Join(" OR ", g.Select(Words)) + ")"));
        foreach (var excluded in query.Terms.Where(t => t.Negated && t.Words.Count == 1))
        {
            Match = $"({Match}) NOT {Quoted(excluded.Words)}";
        }

        if (query.Terms.All(t => t.Words.Count == 1))
        {
            return;
        }

        // The words of a group of one word are held by every article the table of words gives.
        var checks = positive.Where(g => g.Count > 1 || g[0].Words.Count > 1).Select(g => "(" + string.Join(" OR ", g.Select(Holds)) + ")")
            .Concat(query.Terms.Where(t => t.Negated && t.Words.Count > 1).Select(t => $"NOT {Holds(t)}"));
        Check = string.Join(" AND ", checks);
    }

    /// <summary>The search for the table of words.</summary>
    public string Match { get; }

    /// <summary>A condition on <c>a.Id</c> that keeps the articles the search finds among those <see cref="Match"/> gives, when it may give more.</summary>
    public string? Check { get; }

    /// <summary>The terms <see cref="Check"/> reads, by number: each with the table it is read from.</summary>
    public List<(string Table, string Match, long RowsPerArticle)> Terms { get; } = [];

    private string Holds(SearchTerm term)
    {
        Terms.Add(term.Words.Count == 1
            ? (SqliteSearchEntries.ArticleWords, Quoted(term.Words), 1)
            : (SqliteSearchEntries.Table, Quoted(term.Words), SqliteSearchEntries.RowsPerArticle));
        return $"{Function}({Terms.Count - 1}, a.Id)";
    }

    private static string Words(SearchTerm term) =>
        term.Words.Count == 1 ? Quoted(term.Words) : "(" + string.Join(" AND ", term.Words.Select(w => Quoted([w]))) + ")";

    // Index words are letters and digits only, so a quoted phrase of them is always a plain string to FTS5.
    private static string Quoted(IReadOnlyList<string> words) => "\"" + string.Join(' ', words) + "\"";
}
