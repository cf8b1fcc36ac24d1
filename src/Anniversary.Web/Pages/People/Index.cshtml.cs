using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.People;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => People = await db.PeopleAsync(cancellationToken);
}
