using System.Text.RegularExpressions;

namespace Anniversary.Archive.Text;

/// <summary>
/// The one sentence splitter, for headlines and extraction alike. Agency copy glues sentences
/// ("…in Cambodia.Speaking at…"): the text is never changed, the splitter copes with it.
/// </summary>
public static partial class Sentences
{
    /// <summary>The sentences of a paragraph, as written (each without the spaces between them).</summary>
    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in BoundaryPattern().Matches(paragraph))
        {
            AddTrimmed(sentences, paragraph[start..boundary.Index]);
            start = boundary.Index + boundary.Length;
        }

        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    /// <summary>The paragraph's first sentence, as written.</summary>
    public static string First(string paragraph)
    {
        var boundary = BoundaryPattern().Match(paragraph);
        return (boundary.Success ? paragraph[..boundary.Index] : paragraph).Trim();
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        if (sentence.Trim() is { Length: > 0 } trimmed)
        {
            sentences.Add(trimmed);
        }
    }

    // A full stop after a lower-case letter ends a sentence unless it closes a title or a month's
    // abbreviation; without a space it does only between two words ("Cambodia.Speaking"), so that
    // initials ("U.S.") and decimals stay whole.
    private const string Abbreviations = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Dy|Assoc|Amb|Sr|Jr|Capt|Adm|Brig|Rev|Gov|Sen|Rep|Hon|approx|etc|vs";

    [GeneratedRegex(@"(?<=\p{Ll}[.!?][""”’)]*)(?<!\b(?:" + Abbreviations + @")\.)(?:\s+(?=[\p{Lu}""“‘])|(?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll}))")]
    private static partial Regex BoundaryPattern();
}
