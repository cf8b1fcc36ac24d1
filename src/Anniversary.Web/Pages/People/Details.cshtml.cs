using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.People;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await db.PersonAsync(slug, Pager.Requested(Request), cancellationToken: cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }
}
