using Anniversary.Archive.Model;

namespace Anniversary.Archive.Tests.Support;

/// <summary>An article's paragraphs as stored, read from its body block (load it with <c>Include(a => a.Body)</c>).</summary>
public static class StoredBody
{
    extension(Article article)
    {
        public List<Paragraph> Paragraphs => StoredParagraphs.Read(article.Body?.Paragraphs);

        public List<Figure> Figures => StoredParagraphs.Figures(article.Body?.Paragraphs);
    }
}
