namespace Anniversary.Archive.Model;

/// <summary>Something a report says happened at its event: a performance, a testimony, gifts presented.</summary>
public sealed class Moment
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public string Label { get; set; } = string.Empty;

    /// <summary>
    /// The sentence or caption that tells the moment; empty for one told by a sentence of its paragraph,
    /// which is stored once, in the article's block, and found there by <see cref="TextStart"/> and
    /// <see cref="TextLength"/> (<see cref="TextIn"/> reads it either way).
    /// </summary>
    public string Text { get; set; } = string.Empty;

    public int TextStart { get; set; }

    public int TextLength { get; set; }

    /// <summary>The paragraph's number, or null when the moment is told by a caption.</summary>
    public int? ParagraphNumber { get; set; }

    public int Position { get; set; }

    /// <summary>A moment as stored: where its text is in its paragraph's, when it is there, else its text.</summary>
    public static Moment Stored(int articleId, string label, string text, int? paragraph, int position, string? paragraphText)
    {
        var start = TextInParagraph.Find(text, paragraphText);
        return start < 0
            ? new Moment { ArticleId = articleId, Label = label, Text = text, ParagraphNumber = paragraph, Position = position }
            : new Moment { ArticleId = articleId, Label = label, ParagraphNumber = paragraph, Position = position, TextStart = start, TextLength = text.Length };
    }

    /// <summary>A moment's text: as stored, or cut from its paragraph's text.</summary>
    public static string TextIn(string text, int start, int length, string paragraphText) => TextInParagraph.Read(text, start, length, paragraphText);
}
