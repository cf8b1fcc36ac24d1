namespace Anniversary.Archive.Model;

/// <summary>A photo caption, kept at its place among the paragraphs.</summary>
public sealed class Figure
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int Position { get; set; }

    public string Caption { get; set; } = string.Empty;

    public string? Credit { get; set; }
}
