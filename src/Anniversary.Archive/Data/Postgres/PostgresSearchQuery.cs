using Anniversary.Archive.Search;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// A search's terms as a <c>tsquery</c>, grouped as the query language groups them: wanted terms
/// ANDed (an OR chain grouped), each excluded term NOTed; a phrase's words side by side (<c>&lt;-&gt;</c>).
/// Its lexemes are <see cref="PostgresSearchEntries.Lexeme"/> of index words (letters and digits
/// only), so each is a plain quoted string to PostgreSQL, whatever was typed.
/// </summary>
internal static class PostgresSearchQuery
{
    public static string? Of(SearchQuery query)
    {
        if (query.Match is null)
        {
            return null;
        }

        var groups = new List<List<SearchTerm>>();
        var chaining = false;
        foreach (var term in query.Terms.Where(t => !t.Negated))
        {
            if (chaining)
            {
                groups[^1].Add(term);
            }
            else
            {
                groups.Add([term]);
            }

            chaining = term.OrNext;
        }

        var expression = string.Join(" & ", groups.Select(g => "(" + string.Join(" | ", g.Select(Phrase)) + ")"));
        foreach (var excluded in query.Terms.Where(t => t.Negated))
        {
            expression = $"({expression}) & !{Phrase(excluded)}";
        }

        return expression;
    }

    /// <summary>One word, or the words of a phrase in order, each once.</summary>
    public static string Phrase(SearchTerm term) =>
        "(" + string.Join(" <-> ", term.Words.Select(word => "'" + PostgresSearchEntries.Lexeme(word) + "'")) + ")";
}
