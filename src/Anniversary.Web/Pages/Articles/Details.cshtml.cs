using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.Articles;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, int month, int day, string slug, CancellationToken cancellationToken)
    {
        var article = await db.ArticleAsync(slug, cancellationToken);
        if (article is null)
        {
            return await db.FormerSlugUrlAsync(slug, cancellationToken) is { } moved ? RedirectPermanent(moved) : NotFound();
        }

        var date = article.Summary.Date;
        if (date.Year != year || date.Month != month || date.Day != day)
        {
            return RedirectPermanent(article.Summary.Url);
        }

        Article = article;
        return Page();
    }

    public IEnumerable<ArticlePerson> PeopleIn(Part part) => Article.People.Where(p => p.Part == part);

    public IEnumerable<int> StatementsOf(ArticlePerson person) =>
        Article.Statements.Where(s => s.Person == person.Slug).Select(s => s.Paragraph);
}
