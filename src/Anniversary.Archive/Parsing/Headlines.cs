using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Parsing;

/// <summary>
/// The headline of a report that prints none: the lead's first sentence, read down to its main
/// clause (the day's adjuncts, brackets and trailing clauses dropped), whole and never cut with "…".
/// </summary>
internal static partial class Headlines
{
    public const int MaxLength = 140;
    private const int MaxLineWords = 20;
    private const int ShortestCut = 30;

    /// <summary>A headline printed on a line of its own: short, with no final full stop, not a caption.</summary>
    public static bool IsHeadlineLine(string paragraph) =>
        !LineEndPattern().IsMatch(paragraph)
        && !Credits.IsCaption(paragraph)
        && paragraph.Length <= 160
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLineWords;

    public static string FromLead(string lead)
    {
        var sentence = Sentences.First(lead).TrimEnd('.', ' ');
        var clause = Capitalise(OpeningAdjunctPattern().Replace(sentence, string.Empty, 1));
        clause = DayAdjunctPattern().Replace(clause, string.Empty);

        var trailing = TrailingClausePattern().Match(clause);
        if (trailing.Success && trailing.Index >= ShortestCut)
        {
            clause = clause[..trailing.Index];
        }

        clause = WithoutDanglingWords(LedByPattern().Replace(clause, string.Empty).Trim());
        if (clause.Length <= MaxLength)
        {
            return clause;
        }

        // Adjuncts go one after another (a closing historic date, the place before the purpose, the
        // venue before the city) until the clause fits; if none is enough, the clause is cut where a
        // phrase ends, at an appositive's comma first.
        var shorter = clause;
        foreach (var adjunct in (Regex[])[ClosingDatePattern(), PlaceBeforePurposePattern(), VenueBeforePlacePattern()])
        {
            shorter = adjunct.Replace(shorter, string.Empty, 1);
            if (shorter.Length <= MaxLength)
            {
                return shorter;
            }
        }

        return CutAt(clause, AppositivePattern()) ?? CutAt(shorter, PhraseBoundaryPattern()) ?? CutAtWord(shorter);
    }

    /// <summary>The longest opening, at most <see cref="MaxLength"/> characters, that ends before one of the boundaries.</summary>
    private static string? CutAt(string clause, Regex boundaries)
    {
        var cut = boundaries.Matches(clause)
            .Select(m => m.Index)
            .Where(i => i >= ShortestCut && i <= MaxLength)
            .DefaultIfEmpty(-1)
            .Max();
        return cut < 0 ? null : WithoutDanglingWords(clause[..cut]);
    }

    private static string CutAtWord(string clause)
    {
        var cut = clause.LastIndexOf(' ', MaxLength);
        return WithoutDanglingWords(cut > 0 ? clause[..cut] : clause[..MaxLength]);
    }

    private static string WithoutDanglingWords(string text)
    {
        var trimmed = text.TrimEnd(',', ';', ':', ' ', '-', '–', '—');
        var dangling = DanglingWordPattern().Match(trimmed);
        return dangling.Success && dangling.Index > 0 ? WithoutDanglingWords(trimmed[..dangling.Index]) : trimmed;
    }

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
    private const string PartOfDay = "(?:morning|afternoon|evening|night)";

    /// <summary>"On the morning of January 8, " opening the sentence.</summary>
    [GeneratedRegex(@"^(?:On\s+(?:the\s+" + PartOfDay + @"\s+of\s+)?(?:" + Month + @"\s+\d{1,2}|\d{1,2}\s+" + Month + "|" + Weekday + @"(?:\s+" + PartOfDay + @")?)|(?:This|Yesterday|Last)\s+" + PartOfDay + @"|Yesterday|Today),\s+")]
    private static partial Regex OpeningAdjunctPattern();

    /// <summary>The report's own day inside the sentence: "on January 6", "on Tuesday morning", "yesterday", "this morning". A date with a year is history and stays.</summary>
    [GeneratedRegex(@"\s+(?:on\s+(?:the\s+" + PartOfDay + @"\s+of\s+)?(?:" + Month + @"\s+\d{1,2}(?!\d|,?\s+\d{4})|\d{1,2}\s+" + Month + @"(?!\s+\d{4})|" + Weekday + @"(?:\s+" + PartOfDay + @")?)|(?:this|yesterday|last)\s+" + PartOfDay + @"|yesterday|today)\b(?=[\s,]|$)")]
    private static partial Regex DayAdjunctPattern();

    /// <summary>
    /// "(,) led by General X, Deputy Commander of Y," between a subject and its verb: the comma that
    /// closes it is followed by a verb, not by a relative pronoun or a preposition.
    /// </summary>
    [GeneratedRegex(@",?\s+(?:led|headed|accompanied)\s+by\s+[^,]{3,80}(?:,\s+[^,]{3,80})?,(?=\s+(?!(?:who|whose|which|that|on|in|at|to|for|with|from|and|or|but)\b)\p{Ll})")]
    private static partial Regex LedByPattern();

    /// <summary>Where the main clause ends: a bracket, a year range, or a clause of circumstance after a comma.</summary>
    [GeneratedRegex(@"\s*\(|,\s+\d{4}\s*[-–—]|,\s+(?:when|as|while|with|who|which|saying|telling|ahead of|on the occasion of|in the presence of|together with|co-organised|co-organized|after|before)\b|\s+on the occasion of\b|\s+ahead of\b|\s+as part of\b")]
    private static partial Regex TrailingClausePattern();

    private const string PlaceWords = @"(?:\p{Lu}[\p{L}\p{M}’'.-]*|city|town|district|province|provincial|municipal|hall|capital)";

    /// <summary>" in Rạch Giá city", " at the provincial hall" just before the purpose ("to mark …"): the first thing to go when a headline is too long.</summary>
    [GeneratedRegex(@"\s+(?:in|at)\s+(?:the\s+)?" + PlaceWords + @"(?:\s+" + PlaceWords + @"){0,4}(?=\s+to\s+(?:mark|celebrate|commemorate|honour|honor)\b)")]
    private static partial Regex PlaceBeforePurposePattern();

    /// <summary>" at the headquarters of X" before " in Hà Nội": the venue goes, the city stays.</summary>
    [GeneratedRegex(@"\s+at\s+[^,()]{3,80}?(?=\s+in\s+\p{Lu})")]
    private static partial Regex VenueBeforePlacePattern();

    /// <summary>" on January 7, 1979" closing the clause: history, which the anniversary's words already carry.</summary>
    [GeneratedRegex(@"\s+(?:on|in)\s+(?:" + Month + @"\s+\d{1,2},?\s+|\d{1,2}\s+" + Month + @"\s+)?\d{4}$")]
    private static partial Regex ClosingDatePattern();

    [GeneratedRegex(@",\s(?!\d)")]
    private static partial Regex AppositivePattern();

    [GeneratedRegex(@"\s+(?:and|or|of|the|a|an|to|in|at|on|for|with|by|from)$")]
    private static partial Regex DanglingWordPattern();

    [GeneratedRegex(@"\s(?=(?:in|at|on|for|with|to|over|against|during|after|before|from|under|as|who|which|that|marking|celebrating|commemorating|and to)\s)")]
    private static partial Regex PhraseBoundaryPattern();

    [GeneratedRegex(@"[.!?…:][""”’)\]]*$")]
    private static partial Regex LineEndPattern();
}
