using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Search;

/// <summary>
/// What a reader typed, understood: a full-text expression (AND, OR, NOT) built only from quoted
/// index words (so no input can reach an engine's query syntax), the words to highlight, the dates written, and plain notices
/// about anything that could not be used.
/// </summary>
public sealed record SearchQuery(
    string Text,
    string? Match,
    IReadOnlyList<string> Words,
    IReadOnlyList<IReadOnlyList<string>> Highlights,
    IReadOnlyList<DateQuery> Dates,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SearchTerm> Terms)
{
    public bool IsEmpty => Match is null && Dates.Count == 0;
}

/// <summary>One term of a search: a word or a phrase, wanted or excluded, possibly ORed with the next.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Negated, bool OrNext);

/// <summary>
/// The documented syntax and nothing more: words (all must match), "quoted phrases", OR between
/// two terms, and -excluded terms. Every other character is plain text.
/// </summary>
public static partial class SearchQueryParser
{
    public const int MaxLength = 300;
    public const int MaxTerms = 12;

    public static SearchQuery Parse(string? input)
    {
        var notices = new List<string>();
        var text = Clean(input ?? string.Empty);
        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
            notices.Add($"Only the first {MaxLength} characters of the search were used.");
        }

        // A date after a minus sign is excluded like any other term, not searched for.
        var excluded = ExcludedTerm().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var dates = DateMentions.ReadQuery(text).Where(d => !excluded.Any(e => d.Index >= e.Index && d.Index < e.End)).ToList();
        var rest = new StringBuilder(text);
        foreach (var date in dates)
        {
            for (var i = date.Index; i < date.Index + date.Length; i++)
            {
                rest[i] = ' ';
            }
        }

        // Normalising the whole text first lets a place written in two words ("Ha Noi") meet its
        // one-word spelling; OR is marked before folding lower-cases it.
        var normalized = SearchText.Normalize(OrOperator().Replace(rest.ToString(), OrMark));
        var terms = new List<SearchTerm>();
        foreach (Match match in TermPattern().Matches(normalized))
        {
            var negated = match.Groups["neg"].Success;
            var value = match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Groups["word"].Value;
            if (!negated && !match.Groups["phrase"].Success && value == OrMark)
            {
                if (terms.Count > 0)
                {
                    terms[^1] = terms[^1] with { OrNext = true };
                }

                continue;
            }

            var words = SearchText.Words(value);
            if (words.Count > 0)
            {
                terms.Add(new SearchTerm(words, negated, false));
            }
        }

        if (terms.Count > MaxTerms)
        {
            terms = terms[..MaxTerms];
            notices.Add($"Only the first {MaxTerms} terms of the search were used.");
        }

        var positive = terms.Where(t => !t.Negated).ToList();
        var negative = terms.Where(t => t.Negated).ToList();
        if (positive.Count == 0 && negative.Count > 0)
        {
            notices.Add("Excluding words needs a word to search for: add one without a minus sign.");
        }
        else if (terms.Count == 0 && dates.Count == 0 && text.Trim().Length > 0)
        {
            notices.Add("The search box holds nothing to search for: words, names and dates are searched, signs such as * and ( are not.");
        }

        return new SearchQuery(
            text,
            positive.Count == 0 ? null : Expression(terms),
            positive.SelectMany(t => t.Words).ToList(),
            positive.Select(t => (IReadOnlyList<string>)t.Words).ToList(),
            dates,
            notices,
            terms);
    }

    /// <summary>Wanted terms grouped as a search reads them: groups ANDed, the terms of a group ORed.</summary>
    public static List<List<SearchTerm>> WantedGroups(IReadOnlyList<SearchTerm> terms)
    {
        var groups = new List<List<SearchTerm>>();
        var chaining = false;
        foreach (var term in terms.Where(t => !t.Negated))
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

        return groups;
    }

    /// <summary>Positive terms ANDed (with OR chains grouped), then each excluded term NOTed.</summary>
    private static string Expression(IReadOnlyList<SearchTerm> terms)
    {
        var groups = WantedGroups(terms);
        var expression = string.Join(" AND ", groups.Select(g => g.Count == 1 ? Phrase(g[0]) : "(" + string.Join(" OR ", g.Select(Phrase)) + ")"));
        foreach (var excluded in terms.Where(t => t.Negated))
        {
            expression = $"({expression}) NOT {Phrase(excluded)}";
        }

        return expression;
    }

    // Index words are letters and digits only, so a quoted phrase of them is always a plain string to the full-text index.
    private static string Phrase(SearchTerm term) => "\"" + string.Join(' ', term.Words) + "\"";

    private static string Clean(string input)
    {
        var clean = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                clean.Append(c).Append(input[++i]);
            }
            else
            {
                clean.Append(char.IsSurrogate(c) || char.IsControl(c) || TextFolding.IsNoncharacter(c) ? ' ' : c);
            }
        }

        return clean.ToString().Trim();
    }

    private const string OrMark = "\u0001";

    [GeneratedRegex(@"(?<=^|\s)-(?:""[^""]*""?|\S+)")]
    private static partial Regex ExcludedTerm();

    [GeneratedRegex(@"(?<=^|\s)OR(?=\s|$)")]
    private static partial Regex OrOperator();

    [GeneratedRegex(@"(?<neg>-)?""(?<phrase>[^""]*)""?|(?<neg>-)?(?<word>[^\s""]+)")]
    private static partial Regex TermPattern();
}
