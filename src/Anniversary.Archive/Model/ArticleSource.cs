namespace Anniversary.Archive.Model;

/// <summary>
/// The file's text as imported (decoded, without a byte-order mark), for the plain-text download:
/// what its paragraphs do not hold, the paragraphs being stored once, as rows of their own
/// (<see cref="Anniversary.Archive.Text.StoredOriginal"/> cuts and rebuilds it). Kept apart from <see cref="Article"/>
/// so that the rows every page and search reads stay small.
/// </summary>
public sealed class ArticleSource
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public string Text { get; set; } = string.Empty;
}
