namespace Anniversary.Archive.Model;

/// <summary>
/// An article's body paragraphs, all of them in one compressed block
/// (<see cref="StoredParagraphs"/> packs and reads it), with what the download needs besides them to
/// give the file back (<see cref="Anniversary.Archive.Text.StoredOriginal"/>): the text is the
/// largest thing the archive stores, and a block per article compresses it to well under half,
/// where a row per paragraph kept it whole with a key and an index beside it. Every reader of
/// paragraph text (the article page, a lead, a quoted statement, a dated paragraph, a search
/// snippet, the download) reads the article's block.
/// </summary>
public sealed class ArticleBody
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public byte[] Paragraphs { get; set; } = [];
}
