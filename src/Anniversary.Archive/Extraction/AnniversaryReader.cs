using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// The anniversary a sentence marks and the day it counts from, as written: a full date after the ordinal
/// ("(December 22, 1944 - 2023)"); a day without its year, in the year written beside it or the year the
/// ordinal counts back to ("the January 7 Victory … (1979 – 2023)", "46th anniversary of January 7 Victory");
/// a year alone, made a day by the report's own day of that year ("1979 – 2023" where the report tells of
/// January 7, 1979), so "38th anniversary" and "38th anniversary of 7 January 1979" count from the same day.
/// </summary>
internal static partial class AnniversaryReader
{
    /// <param name="text">The sentence or paragraph that names the anniversary.</param>
    /// <param name="reportYear">The year of the report, which the ordinal counts back from.</param>
    /// <param name="article">Every paragraph of the report, for a day of the year counted from.</param>
    /// <param name="commemorated">Days an anniversary may name without writing them (<c>commemoratedDays</c>).</param>
    public static ExtractedAnniversary? Read(string text, int? reportYear = null, IEnumerable<string>? article = null,
        IReadOnlyList<(string Words, DateOnly Day)>? commemorated = null)
    {
        // The ordinal's pattern tries every word of the text; the word it ends with, sought first, rules out most texts at once.
        if (!AnniversaryWord().IsMatch(text))
        {
            return null;
        }

        var (match, ordinal) = AnniversaryOrdinal().Matches(text)
            .Select(m => (Match: m, Ordinal: m.Groups["ordinal"].Success ? int.Parse(m.Groups["ordinal"].Value) : OrdinalWord(m.Groups["word"].Value) ?? OrdinalWord(m.Groups["between"].Value) ?? 0))
            .FirstOrDefault(m => m.Ordinal > 0);
        if (match is null)
        {
            return null;
        }

        var sentenceEnd = SentenceEnd().Match(text, match.Index + match.Length);
        var rest = text[(match.Index + match.Length)..(sentenceEnd.Success ? sentenceEnd.Index : text.Length)];
        var dates = DateMentions.Find(rest);
        if (dates.FirstOrDefault(d => d.Precision == DatePrecision.Day) is { } day)
        {
            return new ExtractedAnniversary(ordinal, day.Date, DatePrecision.Day);
        }

        // "the 42nd anniversary of the January 7 Victory and the New Year 2021": the report's own year (or a later
        // one) is never the year an anniversary counts from.
        var year = dates.FirstOrDefault(d => d.Precision == DatePrecision.Year && !(reportYear is { } now && d.Date.Year >= now))?.Date.Year
            ?? reportYear - ordinal;
        if (year is { } y && YearlessDay().Match(rest) is { Success: true } written
            && DateMentions.TryDate(y.ToString(System.Globalization.CultureInfo.InvariantCulture), written.Groups["month"].Value, written.Groups["day"].Value, out var counted))
        {
            return new ExtractedAnniversary(ordinal, counted, DatePrecision.Day);
        }

        var of = dates.FirstOrDefault(d => d.Precision != DatePrecision.Year) ?? dates.FirstOrDefault();
        if ((of is null || of.Precision == DatePrecision.Year) && year is { } named && NamedDay(rest, named, commemorated) is { } commemoratedDay)
        {
            // "ahead of the 38th anniversary of the victory over the genocidal regime", "(1979 – 2019)": the day that victory was,
            // before any day of that year the report names elsewhere ("on January 6, on the eve of the 33rd anniversary of …").
            return new ExtractedAnniversary(ordinal, commemoratedDay, DatePrecision.Day);
        }

        // "1979 – 2023" counts from a day the report names elsewhere; so does an ordinal alone. "The 1968 Tết
        // Offensive" names a year, and stays one.
        var rangeToReport = dates.Count == 2 && dates[1].Date.Year == reportYear;
        if (year is { } countedYear && (rangeToReport || (dates.Count == 0 && reportYear is not null)) && DayOfYear(article, countedYear) is { } dayOfYear)
        {
            return new ExtractedAnniversary(ordinal, dayOfYear, DatePrecision.Day);
        }

        return new ExtractedAnniversary(ordinal, of?.Date, of?.Precision ?? DatePrecision.Year);
    }

    private static DateOnly? NamedDay(string rest, int year, IReadOnlyList<(string Words, DateOnly Day)>? commemorated)
    {
        if (commemorated is null)
        {
            return null;
        }

        var folded = TextFolding.Fold(rest);
        return commemorated.Where(c => c.Day.Year == year && folded.Contains(c.Words, StringComparison.Ordinal)).Select(c => (DateOnly?)c.Day).FirstOrDefault();
    }

    /// <summary>The first full day of <paramref name="year"/> the report writes, if it writes one.</summary>
    private static DateOnly? DayOfYear(IEnumerable<string>? article, int year)
    {
        var paragraphs = article?.ToList() ?? [];
        var written = paragraphs.SelectMany(paragraph => DateMentions.Find(paragraph))
            .Where(d => d.Precision == DatePrecision.Day && d.Date.Year == year)
            .Select(d => (DateOnly?)d.Date)
            .FirstOrDefault();

        // "Cambodians call January 7 their second birthday": a day without its year, in the year counted from.
        return written ?? paragraphs.Select(paragraph => YearlessDay().Match(paragraph)).Where(m => m.Success)
            .Select(m => DateMentions.TryDate(year.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["month"].Value, m.Groups["day"].Value, out var day) ? day : (DateOnly?)null)
            .FirstOrDefault(day => day is not null);
    }

    // ".", "!" or "?", but not the point of a month written short ("the Jan. 7 victory").
    [GeneratedRegex(@"[!?]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.")]
    private static partial Regex SentenceEnd();

    // "45th anniversary", "45th founding anniversary", "fortieth anniversary"; "marking 37 years since the fall of …", as
    // the Cambodian English-language papers count one.
    [GeneratedRegex(@"\b(?:(?<ordinal>\d{1,3})(?:st|nd|rd|th)|(?<word>\p{L}+(?:-\p{L}+)?))\s+(?:(?<between>\p{L}+(?:-\p{L}+)?)\s+)?anniversary\b|\b(?:mark|marks|marked|marking|commemorate|commemorates|commemorated|commemorating)\s+(?<ordinal>\d{1,3})\s+years\s+since\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryOrdinal();

    // The literals of AnniversaryOrdinal, with its options: the same letters match, so no text the ordinal's pattern matches is missed.
    [GeneratedRegex(@"anniversary|years\s+since", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryWord();

    private static readonly Dictionary<string, int> OrdinalWords = BuildOrdinalWords();

    private static int? OrdinalWord(string word) => OrdinalWords.TryGetValue(word.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>"first" to "ninety-ninth".</summary>
    private static Dictionary<string, int> BuildOrdinalWords()
    {
        string[] units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var words = new Dictionary<string, int>();
        for (var i = 0; i < units.Length; i++)
        {
            words[units[i]] = i + 1;
        }

        for (var i = 0; i < teens.Length; i++)
        {
            words[teens[i]] = i + 10;
        }

        for (var t = 0; t < tens.Length; t++)
        {
            var value = (t + 2) * 10;
            words[tens[t][..^1] + "ieth"] = value;
            for (var u = 0; u < units.Length; u++)
            {
                words[tens[t] + "-" + units[u]] = value + u + 1;
            }
        }

        return words;
    }

    // "January 7", "Jan. 7", "7 January", written with a capital, not followed by a year (that is a full date) nor after
    // "on" (that is the event's day).
    [GeneratedRegex(@"(?<!\bon\s+)\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?<day>\d{1,2})(?!\d|,?\s+\d{4})|(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?!,?\s+\d{4}))")]
    private static partial Regex YearlessDay();
}
