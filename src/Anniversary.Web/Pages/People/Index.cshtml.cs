using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.People;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PeoplePerPage = 100;

    public PageOf<PersonSummary> People { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await db.PeopleAsync(Pager.Requested(Request), PeoplePerPage, cancellationToken);
}
