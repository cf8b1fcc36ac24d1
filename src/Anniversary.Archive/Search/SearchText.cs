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

    public static string Normalize(string text) =>
        PlaceSpellings.Replace(TextFolding.Fold(text), match => PlaceKeys[Separators().Replace(match.Value, " ")]);

    /// <summary>The index's words of a text: letters and digits, as FTS5's unicode61 tokenizer splits them.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(Normalize(text)).Select(m => m.Value).ToList();

    /// <summary>Every folded spelling that <see cref="Normalize"/> turns into the given word, for highlighting the text as published.</summary>
    public static IReadOnlyList<string> SpellingsOf(string word)
    {
        var spellings = new List<string> { word };
        foreach (var place in Lexicon.Default.PlaceNames)
        {
            var spelling = string.Join(' ', place);
            if (Normalize(spelling) == word && spelling != word)
            {
                spellings.Add(spelling);
            }
        }

        return spellings;
    }

    [GeneratedRegex(@"[\s\-–]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
