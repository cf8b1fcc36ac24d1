using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

/// <summary>
/// The body paragraphs of several articles, for lists that quote them (a person's statements, an
/// event's moments, the paragraphs that mention a date): each article's block read and decompressed
/// once, however many rows quote it.
/// </summary>
public static class ArticleParagraphs
{
    public static async Task<IReadOnlyDictionary<int, List<Paragraph>>> ParagraphsOfAsync(
        this ArchiveDbContext db, IEnumerable<int> articleIds, CancellationToken cancellationToken = default)
    {
        var ids = articleIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, List<Paragraph>>();
        }

        var blocks = await db.ArticleBodies.Where(b => ids.Contains(b.ArticleId)).Select(b => new { b.ArticleId, b.Paragraphs }).ToListAsync(cancellationToken);
        return blocks.ToDictionary(b => b.ArticleId, b => StoredParagraphs.Read(b.Paragraphs));
    }

    /// <summary>The text of the article's paragraph numbered <paramref name="number"/>; empty when there is none.</summary>
    public static string TextOf(this IReadOnlyDictionary<int, List<Paragraph>> paragraphs, int articleId, int number) =>
        paragraphs.TryGetValue(articleId, out var found) ? found.FirstOrDefault(p => p.Number == number)?.Text ?? string.Empty : string.Empty;
}
