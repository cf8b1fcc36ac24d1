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
    private readonly EventPlaceReader _places = new(lexicon);

    public ExtractedEvent? ReadEvent(ExtractionContext context)
    {
        var article = context.Article;
        var candidates = new List<string>();
        if (article.Standfirst is not null)
        {
            candidates.Add(article.Standfirst);
        }

        candidates.AddRange(context.Blocks.Where(b => b.Paragraph is not null).Take(3).Select(b => b.Text));
        var paragraphs = context.Blocks.Where(b => b.Paragraph is not null).Select(b => b.Text).ToList();

        // "gathered at a ceremony": a noun anywhere in the lead names the kind before any verb does; but the
        // paragraph that first tells the event by a verb ("… inaugurated a garden in X ¶ The inauguration was
        // attended by the Consul General in Y") gives its place and day.
        if (ReadEvent(article, candidates, paragraphs, lexicon.EventKinds) is { } byNoun)
        {
            return ReadEvent(article, candidates.Take(byNoun.Candidate).ToList(), paragraphs, lexicon.EventVerbs) is { } told
                ? byNoun.Event with { Place = told.Event.Place, PlaceKey = told.Event.PlaceKey, Date = told.Event.Date }
                : byNoun.Event;
        }

        return ReadEvent(article, candidates, paragraphs, lexicon.EventVerbs)?.Event;
    }

    /// <summary>"the 30th anniversary of the school's founding (May 2, 1994)": the ordinal, and the day, month or year it counts from, if the sentence gives one.</summary>
    public static ExtractedAnniversary? ReadAnniversary(string text) => AnniversaryReader.Read(text);

    private (ExtractedEvent Event, int Candidate)? ReadEvent(ParsedArticle article, List<string> candidates, List<string> paragraphs, IReadOnlyDictionary<string, string> kindWords)
    {
        for (var candidate = 0; candidate < candidates.Count; candidate++)
        {
            var text = candidates[candidate];
            var (folded, source) = TextFolding.FoldWithSourceIndex(text);
            var kind = FirstEventWord(text, folded, source, kindWords);
            if (kind.Value is null)
            {
                continue;
            }

            var rest = text[Math.Min(kind.Index, text.Length)..];
            var place = Place(article, text, kind.Index);
            if (place is null)
            {
                continue;
            }

            // "Phnom Penh (FN), Jan. 7 -" on a report dated the 8th: the dateline's day is the day the lead's "this morning" means.
            var day = article.Datelines.Select(d => DateMentions.DatelineDay(d, article.Date)).FirstOrDefault(d => d is not null) ?? article.Date;
            // "PM Hun Sen on Tuesday told 30,000 … ¶ The crowd had assembled for a mass meeting": a lead paragraph
            // before the event's tells its day when the event's own does not.
            var date = DateMentions.EventDay(rest, day) ?? DateMentions.EventDay(text, day)
                ?? candidates.Take(candidate).Select(c => DateMentions.EventDay(c, day)).FirstOrDefault(d => d is not null) ?? day;
            var anniversary = candidates.Select(c => AnniversaryReader.Read(c, article.Date.Year, paragraphs, lexicon.CommemoratedDays)).FirstOrDefault(a => a is not null);
            return (new ExtractedEvent(Refined(kind.Value, folded), place.Value.Place, place.Value.Key, date, anniversary), candidate);
        }

        return null;
    }

    /// <summary>A province or city of the gazetteer, else the capitalised words after "in" or "at", else the dateline's place.</summary>
    private (string Place, string Key)? Place(ParsedArticle article, string text, int kindIndex)
    {
        var sentenceStart = text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, Math.Min(kindIndex, text.Length - 1))) + 1;
        var sentenceEnd = text.IndexOfAny(['.', '!', '?'], Math.Min(kindIndex, text.Length));
        var sentence = text[sentenceStart..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        if (_places.Read(sentence, kindIndex - sentenceStart) is { } known && !lexicon.IsCountry(known.Place))
        {
            return known;
        }

        // "held at Angkor Khemara University" under a "Siem Reap," dateline: a capitalised run the gazetteer does not
        // know (a university, a hall, a pagoda) gives way to the dateline's place; it is the place only when no other is written.
        var placeMatch = EventPlace().Match(text[Math.Min(kindIndex, text.Length)..]);
        var place = placeMatch.Success && (IsGazetteerPlace(placeMatch.Groups["place"].Value) || article.Place is null)
            ? placeMatch.Groups["place"].Value
            : article.Place;
        if (place is null)
        {
            return null;
        }

        // "in Tân Biên district": a district is never the place; the province the gazetteer puts it in is.
        var words = Tokenizer.Tokenize(place);
        return words.Count > 0 && lexicon.Gazetteer.DistrictAt(words, 0) is { } district && district.Words.Length == words.Count
            ? (ProvinceName(district.Key), district.Key)
            : (place, lexicon.PlaceKey(place));
    }

    private bool IsGazetteerPlace(string place)
    {
        var words = Tokenizer.Tokenize(place);
        return lexicon.IsKnownPlace(place) || (words.Count > 0 && lexicon.Gazetteer.DistrictAt(words, 0) is { } district && district.Words.Length == words.Count);
    }

    private string ProvinceName(string key) => lexicon.Gazetteer.NameOf(key) ?? key;

    /// <summary>"a ceremony to inaugurate the monument": a word of the sentence tells what kind of ceremony.</summary>
    private string Refined(string kind, string folded) =>
        lexicon.CeremonyKinds.Where(pair => kind == "ceremony" && WordStartIndex(folded, pair.Key) >= 0)
            .Select(pair => pair.Value)
            .FirstOrDefault() ?? kind;

    /// <summary>The first word of <paramref name="words"/> in the text that is not part of a capitalised name ("the Koh Pich Convention and Exhibition Centre" is a venue, not an exhibition).</summary>
    private static (string? Value, int Index) FirstEventWord(string text, string folded, int[] source, IReadOnlyDictionary<string, string> words) =>
        words.Select(pair => ((string?)pair.Value, Index: WholeWordIndex(folded, pair.Key, index => !InCapitalisedName(text, source[index]))))
            .Where(found => found.Index >= 0)
            .OrderBy(found => found.Index)
            .FirstOrDefault();

    /// <summary>A word written with a capital and followed by another ("Exhibition Centre", "Meeting Hall") names a place.</summary>
    private static bool InCapitalisedName(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end < text.Length && char.IsUpper(text[end]);
    }

    private static int WholeWordIndex(string folded, string word, Func<int, bool> accepted) => WordIndex(folded, word, wholeWord: true, accepted);

    private static int WordStartIndex(string folded, string word) => WordIndex(folded, word, wholeWord: false, _ => true);

    private static int WordIndex(string folded, string word, bool wholeWord, Func<int, bool> accepted)
    {
        for (var index = folded.IndexOf(word, StringComparison.Ordinal); index >= 0; index = folded.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var startOk = index == 0 || !char.IsLetter(folded[index - 1]);
            var end = index + word.Length;
            var endOk = !wholeWord || end == folded.Length || !char.IsLetter(folded[end]);
            if (startOk && endOk && accepted(index))
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+(?:capital|city|province)\s+(?:of\s+)?)?(?<place>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*){0,3})")]
    private static partial Regex EventPlace();
}
