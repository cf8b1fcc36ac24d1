using System.Globalization;
using System.Text;

namespace Anniversary.Archive.Text;

/// <summary>
/// A report's text as imported, stored once: its body paragraphs are stored as rows of their own,
/// so what is kept of the whole text is the rest of it (date line, captions, credit, the blank
/// lines and line ends as written) with a list of where each paragraph goes back. The download
/// rebuilds the text byte for byte from the two. A paragraph not found word for word in the text
/// (an editorial correction) stays in the rest; a text none of whose paragraphs is found is kept
/// whole, as is every text stored before this form existed.
/// </summary>
public static class StoredOriginal
{
    // No imported text starts with it: the first line of a report is its date line.
    private const char CutMark = '\u0001';

    /// <summary>What is stored of <paramref name="text"/> whose body paragraphs, in order, are <paramref name="paragraphs"/>.</summary>
    public static string Cut(string text, IReadOnlyList<string> paragraphs)
    {
        var rest = new StringBuilder(text.Length / 8);
        var places = new StringBuilder();
        var from = 0;
        for (var number = 1; number <= paragraphs.Count; number++)
        {
            var paragraph = paragraphs[number - 1];
            var at = paragraph.Length == 0 ? -1 : text.IndexOf(paragraph, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            rest.Append(text, from, at - from);
            places.Append(CultureInfo.InvariantCulture, $"{rest.Length}:{number},");
            from = at + paragraph.Length;
        }

        if (places.Length == 0)
        {
            return text;
        }

        rest.Append(text, from, text.Length - from);
        return $"{CutMark}{places}\n{rest}";
    }

    /// <summary>The text as imported, from what <see cref="Cut"/> stored and the same paragraphs.</summary>
    public static string Rebuild(string stored, IReadOnlyList<string> paragraphs)
    {
        if (stored.Length == 0 || stored[0] != CutMark)
        {
            return stored;
        }

        var header = stored.IndexOf('\n');
        var rest = stored.AsSpan(header + 1);
        var text = new StringBuilder(rest.Length + paragraphs.Sum(p => p.Length));
        var from = 0;
        foreach (var place in stored[1..header].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = place.IndexOf(':');
            var at = int.Parse(place.AsSpan(0, colon), CultureInfo.InvariantCulture);
            var number = int.Parse(place.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            text.Append(rest[from..at]).Append(paragraphs[number - 1]);
            from = at;
        }

        return text.Append(rest[from..]).ToString();
    }
}
