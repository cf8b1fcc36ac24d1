using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages.Articles;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<Element> Elements { get; private set; } = [];

    public Neighbour? Previous { get; private set; }

    public Neighbour? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, int month, int day, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(a.Id, a.Slug, a.Date, a.Title, a.Standfirst, a.Dateline, a.Place, a.Credit, a.Source, a.SourceFile))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (article.Date.Year != year || article.Date.Month != month || article.Date.Day != day)
        {
            return RedirectPermanent(article.Url);
        }

        Article = article;
        var paragraphs = await db.Paragraphs
            .Where(p => p.ArticleId == article.Id)
            .Select(p => new Element(p.Position, p.Number, p.Html, null, null))
            .ToListAsync(cancellationToken);
        var figures = await db.Figures
            .Where(f => f.ArticleId == article.Id)
            .Select(f => new Element(f.Position, null, null, f.Caption, f.Credit))
            .ToListAsync(cancellationToken);
        Elements = [.. paragraphs.Concat(figures).OrderBy(e => e.Position)];

        Previous = await db.Articles
            .Where(a => a.Date < article.Date || (a.Date == article.Date && a.Id < article.Id))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new Neighbour(a.Date, a.Slug, a.Title))
            .FirstOrDefaultAsync(cancellationToken);
        Next = await db.Articles
            .Where(a => a.Date > article.Date || (a.Date == article.Date && a.Id > article.Id))
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new Neighbour(a.Date, a.Slug, a.Title))
            .FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public sealed record ArticleView(
        int Id, string Slug, DateOnly Date, string Title, string? Standfirst, string? Dateline,
        string? Place, string? Credit, string? Source, string SourceFile)
    {
        public string Url => Archive.Model.Article.PermalinkFor(Date, Slug);
    }

    /// <summary>A body paragraph (with its anchor number and HTML) or a figure (with caption and credit).</summary>
    public sealed record Element(int Position, int? Number, string? Html, string? Caption, string? Credit);

    public sealed record Neighbour(DateOnly Date, string Slug, string Title)
    {
        public string Url => Archive.Model.Article.PermalinkFor(Date, Slug);
    }
}
