namespace Anniversary.Archive.Model;

/// <summary>A body paragraph attributed to the speaker who said it.</summary>
public sealed class Statement
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The paragraph's <c>p-N</c> number.</summary>
    public int ParagraphNumber { get; set; }
}
