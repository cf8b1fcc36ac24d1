using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Summaries().ToListAsync(cancellationToken);
        Events = await db.EventsAsync(cancellationToken: cancellationToken);
    }
}
