using System.Globalization;
using System.Text.RegularExpressions;

namespace Anniversary.Archive.Parsing;

/// <summary>
/// Reads the news-agency seed format: a first line <c>date YYYY-MM-DD</c> followed by the first
/// paragraph, then paragraphs separated by blank lines. Pure: text in, article or error out.
/// </summary>
/// <remarks>
/// Agency copy varies, so the rules describe the family rather than particular files: datelines
/// as a paragraph or as a prefix of the lead, photo captions with a credit, a final agency credit
/// on its own or glued to the last sentence, end marks, and a lead repeated as a standfirst.
/// </remarks>
public static partial class SeedParser
{
    public const int MaxHeadlineLength = 100;
    private const int MaxHeadlineWords = 20;

    public static SeedParseResult Parse(string text)
    {
        var lines = SplitLines(text);

        for (var i = 0; i < lines.Length; i++)
        {
            var control = lines[i].AsSpan().IndexOfAnyInRange('\0', '\u001F');
            if (control < 0)
            {
                control = lines[i].AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
            }

            if (control >= 0 && lines[i][control] != '\t')
            {
                return SeedParseResult.Failure(i + 1, $"control character U+{(int)lines[i][control]:X4} in the text");
            }
        }

        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
        if (first < 0)
        {
            return SeedParseResult.Failure(1, "the file has no text");
        }

        var dateLine = DateLinePattern().Match(lines[first]);
        if (!dateLine.Success)
        {
            return SeedParseResult.Failure(first + 1, "expected the first line to start with 'date YYYY-MM-DD'");
        }

        var dateText = dateLine.Groups["date"].Value;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return SeedParseResult.Failure(first + 1, $"'{dateText}' is not a calendar date");
        }

        var paragraphs = ReadParagraphs(lines, first, dateLine.Groups["rest"].Value);
        if (paragraphs.Count == 0)
        {
            return SeedParseResult.Failure(first + 1, "the date line is followed by no text");
        }

        return SeedParseResult.Success(Classify(date, paragraphs));
    }

    private static string[] SplitLines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd()).ToArray();
    }

    /// <summary>Blank lines separate paragraphs; inside a block, a line ending a sentence ends a paragraph too.</summary>
    private static List<string> ReadParagraphs(string[] lines, int dateLineIndex, string restOfDateLine)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        void Add(string line)
        {
            if (current.Count > 0 && EndsParagraph(current[^1]))
            {
                Flush();
            }

            current.Add(line);
        }

        if (restOfDateLine.Trim().Length > 0)
        {
            Add(restOfDateLine.Trim());
        }

        foreach (var line in lines.Skip(dateLineIndex + 1))
        {
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                Add(line.Trim());
            }
        }

        Flush();
        return paragraphs;
    }

    private static bool EndsParagraph(string line) =>
        SentenceEndPattern().IsMatch(line) || PhotoCreditPattern().IsMatch(line) || MatchDateline(line) is not null;

    /// <summary>A whole-paragraph dateline needs a date, an agency tag or a closing dash, so an all-caps headline is not one.</summary>
    private static Match? MatchDateline(string paragraph)
    {
        var match = DatelineParagraphPattern().Match(paragraph);
        var isDateline = match.Success
            && (match.Groups["when"].Success || match.Groups["agency"].Success || paragraph.TrimEnd() is [.., '-' or '–' or '—']);
        return isDateline ? match : null;
    }

    private static ParsedArticle Classify(DateOnly date, List<string> paragraphs)
    {
        var credit = TakeCredit(paragraphs);

        string? headline = null;
        var datelines = new List<string>();
        string? place = null;
        while (paragraphs.Count > 0)
        {
            var dateline = MatchDateline(paragraphs[0]);
            if (dateline is not null)
            {
                datelines.Add(paragraphs[0].TrimEnd(' ', '-', '–', '—', ':'));
                place ??= DisplayPlace(dateline.Groups["place"].Value);
                paragraphs.RemoveAt(0);
            }
            else if (headline is null && paragraphs.Count > 1 && LooksLikeHeadline(paragraphs[0]))
            {
                headline = paragraphs[0];
                paragraphs.RemoveAt(0);
            }
            else
            {
                break;
            }
        }

        var elements = new List<ParsedElement>();
        foreach (var paragraph in paragraphs)
        {
            var caption = ReadCaption(paragraph);
            if (caption is not null)
            {
                elements.Add(caption);
                continue;
            }

            var text = paragraph;
            if (!elements.OfType<BodyParagraph>().Any())
            {
                var prefix = DatelinePrefixPattern().Match(text);
                if (!prefix.Success)
                {
                    prefix = AgencyDatelinePrefixPattern().Match(text);
                }

                if (prefix.Success)
                {
                    datelines.Add(prefix.Value.Trim().TrimEnd('-', '–', '—').TrimEnd());
                    place = DisplayPlace(prefix.Groups["place"].Value);
                    text = text[prefix.Length..];
                }
            }

            elements.Add(new BodyParagraph(text));
        }

        var standfirst = TakeStandfirst(elements);
        var lead = standfirst ?? elements.OfType<BodyParagraph>().FirstOrDefault()?.Text ?? elements.FirstOrDefault()?.Text;
        headline ??= lead is null ? $"Report of {date:d MMMM yyyy}" : HeadlineFrom(lead);

        return new ParsedArticle(
            date,
            headline,
            standfirst,
            datelines.Count > 0 ? string.Join(" — ", datelines) : null,
            place,
            credit,
            elements);
    }

    /// <summary>Removes end marks and the agency credit from the end, standalone or glued to the last sentence.</summary>
    private static string? TakeCredit(List<string> paragraphs)
    {
        while (paragraphs.Count > 0 && EndMarkPattern().IsMatch(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (paragraphs.Count == 0)
        {
            return null;
        }

        paragraphs[^1] = GluedEndMarkPattern().Replace(paragraphs[^1], string.Empty);
        var standalone = StandaloneCreditPattern().Match(paragraphs[^1]);
        if (standalone.Success && paragraphs.Count > 1)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            return standalone.Groups["credit"].Value;
        }

        var glued = GluedCreditPattern().Match(paragraphs[^1]);
        if (glued.Success)
        {
            paragraphs[^1] = paragraphs[^1][..glued.Groups["credit"].Index].TrimEnd(' ', '-', '–', '—', '(');
            return glued.Groups["credit"].Value;
        }

        return null;
    }

    private static PhotoCaption? ReadCaption(string paragraph)
    {
        var match = PhotoCreditPattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var credit = match.Groups["credit"].Value.Trim();
        return new PhotoCaption(paragraph[..match.Index].TrimEnd(), credit.Length > 0 ? credit : null);
    }

    /// <summary>
    /// A lead that opens a later paragraph again (agency copy often repeats it) is the standfirst:
    /// shown once as a summary, not as a body paragraph.
    /// </summary>
    private static string? TakeStandfirst(List<ParsedElement> elements)
    {
        var body = elements.OfType<BodyParagraph>().ToList();
        if (body.Count < 2)
        {
            return null;
        }

        var lead = body[0].Text;
        var opening = lead.TrimEnd('.', '!', '?', ' ');
        if (opening.Length == 0 || !body.Skip(1).Any(p => p.Text.StartsWith(opening, StringComparison.Ordinal)))
        {
            return null;
        }

        elements.Remove(body[0]);
        return lead;
    }

    private static bool LooksLikeHeadline(string paragraph) =>
        !SentenceEndPattern().IsMatch(paragraph)
        && !PhotoCreditPattern().IsMatch(paragraph)
        && paragraph.Length <= 160
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords;

    /// <summary>The lead's first sentence, at most <see cref="MaxHeadlineLength"/> characters, never cut mid-word.</summary>
    public static string HeadlineFrom(string lead)
    {
        var end = SentenceBoundaryPattern().Match(lead);
        var sentence = (end.Success ? lead[..end.Index] : lead).Trim().TrimEnd('.');
        if (sentence.Length <= MaxHeadlineLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxHeadlineLength - 1);
        var shortened = (cut > 0 ? sentence[..cut] : sentence[..(MaxHeadlineLength - 1)]).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
        return shortened + "…";
    }

    private static string DisplayPlace(string place)
    {
        var trimmed = place.Trim().TrimEnd(',');
        return trimmed.Any(char.IsLower)
            ? trimmed
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
    }

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?:\s+(?<rest>.*))?$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"[.!?…:][""”’)\]]*$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"(?<=\p{Ll}[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Dy|Assoc|Amb)\.)\s+(?=[\p{Lu}""“])")]
    private static partial Regex SentenceBoundaryPattern();

    private const string UpperPlace = @"(?<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{2,40}?)";
    private const string DatelineDate = @"(?:,\s*(?<when>(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})(?:,?\s+\d{4})?))";
    private const string DatelineAgency = @"(?:\s*\((?<agency>[^()]{1,20})\))";

    [GeneratedRegex("^" + UpperPlace + DatelineDate + "?" + DatelineAgency + @"?\s*(?:[-–—:]+\s*)?$")]
    private static partial Regex DatelineParagraphPattern();

    [GeneratedRegex("^" + UpperPlace + DatelineDate + "?" + DatelineAgency + @"?\s*[-–—]+\s+(?=\S)")]
    private static partial Regex DatelinePrefixPattern();

    /// <summary>"Hanoi (VNA) – ": a place in any case is a dateline when the agency's tag follows it.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}'’. ]{1,40}?)" + DatelineDate + @"?\s*\((?<agency>[\p{Lu}/]{2,12})\)\s*[-–—]+\s+(?=\S)")]
    private static partial Regex AgencyDatelinePrefixPattern();

    [GeneratedRegex(@"\s*(?:\((?:(?:photo|photos|file photo|image|picture|ảnh)\s*(?::|by\b|courtesy(?:\s+of)?\b)\s*(?<credit>[^()]{0,80})|(?<credit>(?-i:[\p{Lu}/]{2,12})) photo)\)|(?<=[.!?]|^)\s*(?:photo|ảnh):\s*(?<credit>[^.()]{1,60}))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditPattern();

    [GeneratedRegex(@"^(?:\(?\s*(?:END|HẾT)\s*\)?|#{3,}|-30-|[-–—*]{1,5})$")]
    private static partial Regex EndMarkPattern();

    [GeneratedRegex(@"(?<=\S)\s*(?:\((?:END|HẾT)\)|#{3,}|-30-)$")]
    private static partial Regex GluedEndMarkPattern();

    private const string Agency = @"\p{Lu}{2,8}(?:\s*/\s*\p{Lu}{2,8})*";

    [GeneratedRegex(@"^(?:(?:Source|Nguồn):\s*)?\(?(?<credit>" + Agency + @")\)?\.?$")]
    private static partial Regex StandaloneCreditPattern();

    [GeneratedRegex(@"(?<=[.!?""”’])\s*(?:[-–—]\s*)?\(?(?<credit>" + Agency + @")\)?\s*(?:\(END\))?$")]
    private static partial Regex GluedCreditPattern();
}
