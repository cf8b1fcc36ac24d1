namespace Anniversary.Archive.Model;

/// <summary>A body paragraph attributed to one who said it; the article, the paragraph and the speaker are its key.</summary>
public sealed class Statement
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The paragraph's <c>p-N</c> number.</summary>
    public int ParagraphNumber { get; set; }

    /// <summary>The article's date, kept beside the speaker so a speaker's statements are read newest first straight off the index.</summary>
    public DateOnly Date { get; set; }
}
