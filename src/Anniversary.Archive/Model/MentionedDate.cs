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

    public string Text { get; set; } = string.Empty;
}
