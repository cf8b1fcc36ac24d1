using Anniversary.Archive.Text;

namespace Anniversary.Archive.Model;

/// <summary>A date a paragraph mentions, at the precision written: "January 7, 1979", "April 1975", "1975".</summary>
public sealed class MentionedDate
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int ParagraphNumber { get; set; }

    /// <summary>The first day covered: the day, the first of the month, or 1 January of the year.</summary>
    public DateOnly Date { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>
    /// The date as written; empty when it is stored once, in its paragraph's text (the article's block),
    /// from <see cref="TextStart"/>, <see cref="TextLength"/> characters long (<see cref="TextIn"/> reads it either way).
    /// </summary>
    public string Text { get; set; } = string.Empty;

    public int TextStart { get; set; }

    public int TextLength { get; set; }

    /// <summary>Where a date's text is in its paragraph's, when it is there; else its text.</summary>
    public void StoreText(string text, string? paragraphText)
    {
        var start = TextInParagraph.Find(text, paragraphText);
        (Text, TextStart, TextLength) = start < 0 ? (text, 0, 0) : (string.Empty, start, text.Length);
    }

    /// <summary>A date's text as written: as stored, or cut from its paragraph's text.</summary>
    public static string TextIn(string text, int start, int length, string paragraphText) => TextInParagraph.Read(text, start, length, paragraphText);
}
