namespace Anniversary.Archive.Model;

/// <summary>A slug an article had before a re-import improved its headline, kept so that old permalinks still lead to it.</summary>
public sealed class FormerSlug
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public string Slug { get; set; } = string.Empty;
}
