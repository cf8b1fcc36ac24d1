using System.Globalization;
using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

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
        SentenceEndPattern().IsMatch(line) || Credits.IsCaption(line) || Datelines.MatchParagraph(line) is not null;

    private static ParsedArticle Classify(DateOnly date, List<string> paragraphs)
    {
        var (byline, newspaper, sourceLine, sourceCredit) = TakeTrailingLines(paragraphs);
        var credit = Credits.TakeCredit(paragraphs);

        string? headline = null;
        var datelines = new List<string>();
        var asWritten = new List<string>();
        string? place = null;
        string? tagged = null;
        while (paragraphs.Count > 0)
        {
            var dateline = Datelines.MatchParagraph(paragraphs[0]);
            if (dateline is not null)
            {
                datelines.Add(paragraphs[0].TrimEnd(' ', '-', '–', '—', ':'));
                asWritten.Add(paragraphs[0].Trim());
                if (dateline.Groups["place"].Success)
                {
                    place ??= Datelines.DisplayPlace(dateline.Groups["place"].Value);
                }

                paragraphs.RemoveAt(0);
            }
            else if (byline is null && paragraphs.Count > 1 && Bylines.Read(paragraphs[0]) is { } leading)
            {
                (byline, newspaper) = leading;
                paragraphs.RemoveAt(0);
            }
            else if (headline is null && paragraphs.Count > 1 && Headlines.IsHeadlineLine(paragraphs[0]))
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
            var caption = Credits.ReadCaption(paragraph);
            if (caption is not null)
            {
                elements.Add(caption);
                continue;
            }

            var text = paragraph;
            if (!elements.OfType<BodyParagraph>().Any())
            {
                var prefix = Datelines.MatchPrefix(text, afterDateline: asWritten.Count > 0 || headline is not null);
                if (prefix.Success)
                {
                    datelines.Add(prefix.Value.Trim().TrimEnd('-', '–', '—').TrimEnd());
                    asWritten.Add(prefix.Value.Trim());
                    if (prefix.Groups["place"].Success)
                    {
                        place = Datelines.DisplayPlace(prefix.Groups["place"].Value);
                    }

                    tagged = prefix.Groups["agency"].Success ? prefix.Groups["agency"].Value : null;
                    text = text[prefix.Length..];
                }
                else
                {
                    text = text[Datelines.BareDashLength(text)..];
                }
            }

            elements.Add(new BodyParagraph(text));
        }

        var standfirst = TakeStandfirst(elements);
        var firstBody = elements.OfType<BodyParagraph>().FirstOrDefault()?.Text;
        var lead = standfirst ?? firstBody ?? elements.FirstOrDefault()?.Text;
        var title = headline ?? (standfirst ?? firstBody) switch
        {
            null => $"Report of {date:d MMMM yyyy}",
            var text => Headlines.FromLead(text),
        };
        headline ??= lead is null ? $"Report of {date:d MMMM yyyy}" : HeadlineFrom(lead);

        return new ParsedArticle(
            date,
            headline,
            standfirst,
            datelines.Count > 0 ? string.Join(" — ", datelines) : null,
            place,
            credit ?? sourceCredit ?? newspaper ?? tagged,
            elements)
        {
            Title = title,
            Datelines = asWritten,
            Byline = byline,
            SourceLine = sourceLine,
        };
    }

    /// <summary>
    /// Bylines and source lines after the last paragraph, in either order, with end marks between them;
    /// the credit glued to the last sentence is left for <see cref="Credits.TakeCredit"/>.
    /// </summary>
    private static (string? Byline, string? Newspaper, string? SourceLine, string? SourceCredit) TakeTrailingLines(List<string> paragraphs)
    {
        string? byline = null, newspaper = null, sourceLine = null, sourceCredit = null;
        while (paragraphs.Count > 1)
        {
            var last = paragraphs[^1];
            if (Credits.IsEndMark(last))
            {
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
            else if (sourceLine is null && Credits.ReadSourceLine(last) is { } named)
            {
                (sourceLine, sourceCredit) = (last.Trim(), named);
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
            else if (byline is null && Bylines.Read(last) is { } written)
            {
                (byline, newspaper) = written;
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
            else
            {
                break;
            }
        }

        return (byline, newspaper, sourceLine, sourceCredit);
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

    /// <summary>
    /// The first form of a derived headline, which the golden files keep: the lead's first sentence, at
    /// most <see cref="MaxHeadlineLength"/> characters, cut at a word with "…". Readers see <see cref="ParsedArticle.Title"/>.
    /// </summary>
    public static string HeadlineFrom(string lead)
    {
        var sentence = Sentences.First(lead).TrimEnd('.');
        if (sentence.Length <= MaxHeadlineLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxHeadlineLength - 1);
        var shortened = (cut > 0 ? sentence[..cut] : sentence[..(MaxHeadlineLength - 1)]).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
        return shortened + "…";
    }

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?:\s+(?<rest>.*))?$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"[.!?…:][""”’)\]]*$")]
    private static partial Regex SentenceEndPattern();
}
