namespace Anniversary.Archive.Model;

/// <summary>Something a report says happened at its event: a performance, a testimony, gifts presented.</summary>
public sealed class Moment
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>The paragraph's number, or null when the moment is told by a caption.</summary>
    public int? ParagraphNumber { get; set; }

    public int Position { get; set; }
}
