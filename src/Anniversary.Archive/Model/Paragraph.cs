namespace Anniversary.Archive.Model;

/// <summary>A body paragraph; <see cref="Number"/> is its deep-link anchor (<c>#p-N</c>).</summary>
public sealed class Paragraph
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

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
