namespace Anniversary.Archive.Model;

/// <summary>
/// A body paragraph; <see cref="Number"/> is its deep-link anchor (<c>#p-N</c>). Not a row of its
/// own: an article's paragraphs are stored together, compressed, as its <see cref="ArticleBody"/>.
/// </summary>
public sealed class Paragraph
{
    /// <summary>1-based among body paragraphs: the <c>p-N</c> anchor.</summary>
    public int Number { get; set; }

    /// <summary>Order among all of the article's elements, paragraphs and figures together.</summary>
    public int Position { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>
    /// Safe HTML rendered at import, so pages never parse article text again; empty for a plain
    /// paragraph (most of them), whose HTML is its text encoded, and only the tags and where they go
    /// for one whose HTML is its text with links added (<see cref="Text.StoredParagraphHtml.Read"/>).
    /// No paragraph is empty, so an empty value cannot be anything else.
    /// </summary>
    public string Html { get; set; } = string.Empty;
}
