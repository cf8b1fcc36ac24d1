using System.Text.RegularExpressions;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Search;

/// <summary>
/// Text as the index sees it, for documents and queries alike: folded by <see cref="TextFolding.Fold"/>,
/// then every known spelling of a place written as one word ("ha noi" and "hanoi" both become
/// "hanoi"), so any spelling finds every other.
/// </summary>
public static partial class SearchText
{
    private static readonly Dictionary<string, string> PlaceKeys = Lexicon.Default.PlaceNames
        .Where(words => words.Length > 1)
        .DistinctBy(words => string.Join(' ', words))
        .ToDictionary(words => string.Join(' ', words), words => Lexicon.Default.PlaceKey(string.Join(' ', words)));

    private static readonly Regex PlaceSpellings = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', PlaceKeys.Keys.OrderByDescending(k => k.Length)
            .Select(k => string.Join(@"[\s\-–]+", k.Split(' ').Select(Regex.Escape)))) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordsOfPlaces =
        PlaceKeys.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The words a place spelling changes: its own, and the one word it becomes.
    private static readonly HashSet<string> PlaceWords =
        PlaceKeys.Keys.SelectMany(k => k.Split(' ')).Concat(PlaceKeys.Values).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> PlaceStems = PlaceWords.Select(EnglishStems.Of).ToHashSet(StringComparer.Ordinal);

    public static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text);
        return MayHoldPlaceSpelling(folded) ? PlaceSpellings.Replace(folded, match => PlaceKeys[Separators().Replace(match.Value, " ")]) : folded;
    }

    /// <summary>True when every one of the index words is a word of the text as the index sees it: the same word, or another with its stem.</summary>
    public static bool HoldsAll(string text, IReadOnlyList<string> indexWords) => new WordsSought(indexWords).HeldBy(text);

    /// <summary>
    /// A search's words, stemmed once, to be tested against many texts (a search tests every
    /// headline it read): stemming the words again for each text cost as much as the test itself.
    /// </summary>
    public sealed class WordsSought
    {
        private readonly IReadOnlyList<string> _words;
        private readonly string[] _stems;
        private readonly bool _normalize;

        public WordsSought(IReadOnlyList<string> indexWords)
        {
            _words = indexWords;
            _stems = indexWords.Select(EnglishStems.Of).ToArray();

            // Place spellings change only their own words, so for any other word (or stem: "has" is
            // "ha", a word of "Ha Noi") folding is enough, and far cheaper than normalising.
            _normalize = indexWords.Any(PlaceWords.Contains) || _stems.Any(PlaceStems.Contains);
        }

        /// <summary>True when every word sought is a word of the text as the index sees it: the same word, or another with its stem.</summary>
        public bool HeldBy(string text)
        {
            var seen = _normalize ? Normalize(text) : TextFolding.Fold(text);
            Span<bool> found = stackalloc bool[_words.Count];
            var missing = _words.Count;
            foreach (var word in new WordRuns(seen))
            {
                for (var i = 0; i < _words.Count; i++)
                {
                    if (!found[i] && (word.SequenceEqual(_words[i]) || EnglishStems.Has(word, _stems[i])))
                    {
                        found[i] = true;
                        if (--missing == 0)
                        {
                            return true;
                        }
                    }
                }
            }

            return missing == 0;
        }
    }

    /// <summary>The index's words of a text: letters and digits, as the search index's tokenizer splits them.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var normalized = Normalize(text);
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(normalized))
        {
            words.Add(normalized.Substring(match.Index, match.Length));
        }

        return words;
    }

    /// <summary>
    /// Whether some word of the text (a run of letters and digits, as the spelling pattern bounds
    /// them) begins a place spelled in several words. Most texts hold none, and the spelling
    /// pattern is most of what normalising costs.
    /// </summary>
    private static bool MayHoldPlaceSpelling(string folded)
    {
        foreach (var word in new WordRuns(folded))
        {
            if (FirstWordsOfPlaces.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The runs of letters and digits of a text, as <see cref="WordPattern"/> finds them, scanned by
    /// hand: a fifth of the regex's time, which was most of what ranking 1,000 headlines cost.
    /// </summary>
    private ref struct WordRuns(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _end;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordRuns GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = _end;
            while (start < _text.Length && !IsLetterOrNumber(_text[start]))
            {
                start++;
            }

            if (start == _text.Length)
            {
                return false;
            }

            var end = start + 1;
            while (end < _text.Length && IsLetterOrNumber(_text[end]))
            {
                end++;
            }

            Current = _text[start..end];
            _end = end;
            return true;
        }
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>Every folded spelling that <see cref="Normalize"/> turns into the given word, for highlighting the text as published.</summary>
    public static IReadOnlyList<string> SpellingsOf(string word) => [word, .. OtherSpellings.Value[word]];

    // Lazy: it normalises with the fields above, which must be set first.
    private static readonly Lazy<ILookup<string, string>> OtherSpellings = new(() => Lexicon.Default.PlaceNames
        .Select(place => string.Join(' ', place))
        .Select(spelling => (Normalized: Normalize(spelling), Spelling: spelling))
        .Where(p => p.Normalized != p.Spelling)
        .ToLookup(p => p.Normalized, p => p.Spelling));

    [GeneratedRegex(@"[\s\-–]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
