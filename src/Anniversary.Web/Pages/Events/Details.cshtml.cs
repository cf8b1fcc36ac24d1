using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.Events;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    public EventView Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var evt = await db.EventAsync(slug, cancellationToken);
        if (evt is null)
        {
            return NotFound();
        }

        Event = evt;
        return Page();
    }
}
