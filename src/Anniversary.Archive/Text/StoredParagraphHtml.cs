namespace Anniversary.Archive.Text;

/// <summary>
/// A paragraph's HTML from the import to the page, decided here only. The import's reading threads
/// render it (<see cref="Render"/>) before the people it names have addresses, as the writer gives
/// people their slugs one file at a time; the writer links them (<see cref="Stored"/>); the store
/// keeps nothing when the HTML is the text encoded, as for most paragraphs; a reader gets it back
/// from the text and what is stored (<see cref="Read"/>).
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

        return html == ParagraphHtml.EncodeAsMarkdigDoes(_text) ? string.Empty : html;
    }

    /// <summary>A paragraph's HTML from its text and what is stored of it.</summary>
    public static string Read(string text, string stored) => stored.Length == 0 ? ParagraphHtml.EncodeAsMarkdigDoes(text) : stored;

    private static string PersonMarker(int person) => PersonMarkerPrefix + person.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
