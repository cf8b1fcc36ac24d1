using System.Text.RegularExpressions;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads the event a report is about from its lead (the standfirst and the first three paragraphs):
/// its kind, its place, its day, and the anniversary it marks.
/// </summary>
internal sealed partial class EventReader(Lexicon lexicon)
{
    public ExtractedEvent? ReadEvent(ExtractionContext context)
    {
        var article = context.Article;
        var candidates = new List<string>();
        if (article.Standfirst is not null)
        {
            candidates.Add(article.Standfirst);
        }

        candidates.AddRange(context.Blocks.Where(b => b.Paragraph is not null).Take(3).Select(b => b.Text));

        // "gathered at a ceremony": a noun anywhere in the lead names the kind before any verb does.
        foreach (var words in new[] { lexicon.EventKinds, lexicon.EventVerbs })
        {
            if (ReadEvent(article, candidates, words) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"the 30th anniversary of the school's founding (May 2, 1994)": the ordinal, and the day, month or year it counts from, if the sentence gives one.</summary>
    public static ExtractedAnniversary? ReadAnniversary(string text)
    {
        var match = AnniversaryOrdinal().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var ordinal = int.Parse(match.Groups["ordinal"].Value);
        var sentenceEnd = text.IndexOfAny(['.', '!', '?'], match.Index + match.Length);
        var rest = text[(match.Index + match.Length)..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        var of = DateMentions.Find(rest).FirstOrDefault(d => d.Precision != DatePrecision.Year) ?? DateMentions.Find(rest).FirstOrDefault();
        return new ExtractedAnniversary(ordinal, of?.Date, of?.Precision ?? DatePrecision.Year);
    }

    private ExtractedEvent? ReadEvent(ParsedArticle article, List<string> candidates, IReadOnlyDictionary<string, string> kindWords)
    {
        foreach (var text in candidates)
        {
            var kind = FirstEventWord(TextFolding.Fold(text), kindWords);
            if (kind.Value is null)
            {
                continue;
            }

            var rest = text[Math.Min(kind.Index, text.Length)..];
            var placeMatch = EventPlace().Match(rest);
            var place = placeMatch.Success ? placeMatch.Groups["place"].Value : article.Place;
            if (place is null)
            {
                continue;
            }

            var date = DateMentions.EventDay(rest, article.Date) ?? article.Date;
            var anniversary = candidates.Select(ReadAnniversary).FirstOrDefault(a => a is not null);
            return new ExtractedEvent(kind.Value, place, lexicon.PlaceKey(place), date, anniversary);
        }

        return null;
    }

    private static (string? Value, int Index) FirstEventWord(string folded, IReadOnlyDictionary<string, string> words) =>
        words.Select(pair => ((string?)pair.Value, Index: WholeWordIndex(folded, pair.Key)))
            .Where(found => found.Index >= 0)
            .OrderBy(found => found.Index)
            .FirstOrDefault();

    private static int WholeWordIndex(string folded, string word)
    {
        for (var index = folded.IndexOf(word, StringComparison.Ordinal); index >= 0; index = folded.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var startOk = index == 0 || !char.IsLetter(folded[index - 1]);
            var end = index + word.Length;
            var endOk = end == folded.Length || !char.IsLetter(folded[end]);
            if (startOk && endOk)
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+(?:capital|city|province)\s+(?:of\s+)?)?(?<place>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*){0,3})")]
    private static partial Regex EventPlace();

    [GeneratedRegex(@"\b(?<ordinal>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryOrdinal();
}
