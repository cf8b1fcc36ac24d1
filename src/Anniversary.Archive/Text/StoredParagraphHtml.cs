using System.Globalization;
using System.Text;

namespace Anniversary.Archive.Text;

/// <summary>
/// A paragraph's HTML from the import to the page, decided here only. The import's reading threads
/// render it (<see cref="Render"/>) before the people it names have addresses, as the writer gives
/// people their slugs one file at a time; the writer links them (<see cref="Stored"/>); the store
/// keeps nothing when the HTML is the text encoded, as for most paragraphs, and only the tags and
/// where they go when it is the text encoded with tags added (links to people), so that a
/// paragraph's text is stored once; a reader gets it back from the text and what is stored (<see cref="Read"/>).
/// </summary>
public sealed class StoredParagraphHtml
{
    // Letters, digits and hyphens only, so Markdig writes the marker into the link unchanged; unique
    // to this process, so no text can hold it.
    private static readonly string PersonMarkerPrefix = "/people/" + Guid.NewGuid().ToString("N") + "-";

    private readonly string _text;
    private readonly string _html;

    private StoredParagraphHtml(string text, string html)
    {
        _text = text;
        _html = html;
    }

    /// <summary>
    /// Renders the paragraph, each link to a person (by index in the article's people) carrying a marker in place of an
    /// address, and a title naming the person where the report spells the name otherwise ("Mao Sophal" for Mao Sophan).
    /// </summary>
    public static StoredParagraphHtml Render(string text, IEnumerable<(int Start, int Length, int Person, string? Title)> links) =>
        new(text, ParagraphHtml.Render(text, links.Select(link => (link.Start, link.Length, PersonMarker(link.Person), link.Title))));

    /// <summary>What is stored of the paragraph's HTML, each person's marker replaced by the address at that index: empty when it is the text encoded.</summary>
    public string Stored(IReadOnlyList<string> personUrls)
    {
        var html = _html;
        if (html.Contains(PersonMarkerPrefix, StringComparison.Ordinal))
        {
            for (var i = 0; i < personUrls.Count; i++)
            {
                html = html.Replace($"\"{PersonMarker(i)}\"", $"\"{personUrls[i]}\"", StringComparison.Ordinal);
            }
        }

        var encoded = ParagraphHtml.EncodeAsMarkdigDoes(_text);
        return html == encoded ? string.Empty : TagsOnly(html, encoded) ?? html;
    }

    /// <summary>A paragraph's HTML from its text and what is stored of it.</summary>
    public static string Read(string text, string stored)
    {
        var encoded = ParagraphHtml.EncodeAsMarkdigDoes(text);
        if (stored.Length == 0)
        {
            return encoded;
        }

        if (stored[0] != TagsMark)
        {
            return stored;
        }

        var html = new StringBuilder(encoded.Length + stored.Length);
        var from = 0;
        for (var at = 1; at < stored.Length;)
        {
            var comma = stored.IndexOf(',', at);
            var semicolon = stored.IndexOf(';', comma);
            var position = int.Parse(stored.AsSpan(at, comma - at), CultureInfo.InvariantCulture);
            var length = int.Parse(stored.AsSpan(comma + 1, semicolon - comma - 1), CultureInfo.InvariantCulture);
            html.Append(encoded, from, position - from).Append(stored, semicolon + 1, length);
            from = position;
            at = semicolon + 1 + length;
        }

        return html.Append(encoded, from, encoded.Length - from).ToString();
    }

    // No paragraph starts with it: the parser refuses control characters.
    private const char TagsMark = '\u0001';

    /// <summary>
    /// A paragraph whose HTML is its encoded text with tags around some of it (its links to people,
    /// mostly) is stored as those tags and where they go, not as a second copy of the text; null
    /// when the HTML differs from the text in any other way.
    /// </summary>
    private static string? TagsOnly(string html, string encoded)
    {
        // The encoded text holds no '<': every '<' of the HTML opens a tag added to it.
        var tags = new StringBuilder().Append(TagsMark);
        var j = 0;
        for (var i = 0; i < html.Length;)
        {
            if (html[i] == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return null;
                }

                tags.Append(CultureInfo.InvariantCulture, $"{j},{end + 1 - i};").Append(html, i, end + 1 - i);
                i = end + 1;
            }
            else if (j < encoded.Length && html[i] == encoded[j])
            {
                i++;
                j++;
            }
            else
            {
                return null;
            }
        }

        return j == encoded.Length ? tags.ToString() : null;
    }

    private static string PersonMarker(int person) => PersonMarkerPrefix + person.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
