using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int ArticlesPerPage = 20;
    public const int LatestEvents = 10;

    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Summaries().PageAsync(Pager.Requested(Request), ArticlesPerPage, cancellationToken);
        Events = Articles.Number == 1 ? await db.LatestEventsAsync(LatestEvents, cancellationToken) : [];
    }
}
