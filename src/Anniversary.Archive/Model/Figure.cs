namespace Anniversary.Archive.Model;

/// <summary>
/// A photo caption, kept at its place among the paragraphs. Not a row of its own: an article's
/// figures are stored in its compressed block (<see cref="StoredParagraphs"/>), after the text as
/// imported, which holds the same caption and so makes it cost a few bytes there.
/// </summary>
public sealed class Figure
{
    /// <summary>Order among all of the article's elements, paragraphs and figures together.</summary>
    public int Position { get; set; }

    public string Caption { get; set; } = string.Empty;

    public string? Credit { get; set; }
}
