using Anniversary.Archive.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new ArticleSummary(
                a.Slug,
                a.Date,
                a.Title,
                a.Dateline,
                a.Place,
                a.Standfirst ?? a.Paragraphs.OrderBy(p => p.Number).Select(p => p.Text).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public sealed record ArticleSummary(string Slug, DateOnly Date, string Title, string? Dateline, string? Place, string? Lead)
    {
        public string Url => Archive.Model.Article.PermalinkFor(Date, Slug);
    }
}
