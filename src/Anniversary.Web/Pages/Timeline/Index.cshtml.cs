using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.Timeline;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    public IReadOnlyList<PlaceOption> Places { get; private set; } = [];

    public PlaceOption? SelectedPlace { get; private set; }

    public IReadOnlyList<AnniversaryGroup> Groups { get; private set; } = [];

    public IReadOnlyList<HistoricalDate> Context { get; private set; } = [];

    public PageOf<EventView> Events { get; private set; } = null!;

    public const int EventsPerPage = 50;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await db.EventPlacesAsync(cancellationToken);
        var placeKey = string.IsNullOrWhiteSpace(Place) ? null : Archive.Extraction.Lexicon.Default.PlaceKey(Place);
        SelectedPlace = Places.FirstOrDefault(p => p.Key == placeKey);

        Events = await db.EventsAsync(placeKey, Pager.Requested(Request), EventsPerPage, cancellationToken);
        Groups = Events.Items
            .GroupBy(e => e.Anniversary is { } a ? (a.Ordinal, a.Of) : ((int, DateOnly?)?)null)
            .Select(g => new AnniversaryGroup(g.First().Anniversary, g.ToList()))
            .OrderBy(g => g.Events[0].Date)
            .ToList();
        Context = await db.HistoricalContextAsync(Events.Items.SelectMany(e => e.Articles).Select(a => a.Slug).ToList(), cancellationToken);
    }

    public sealed record AnniversaryGroup(MarkedAnniversary? Anniversary, IReadOnlyList<EventView> Events)
    {
        public string Heading => Anniversary switch
        {
            { Of: { } of, Precision: { } precision } a => $"{a.OrdinalText} anniversary of {DisplayFormats.AtPrecision(of, precision)}",
            { } a => $"{a.OrdinalText} anniversary",
            _ => "Other commemorations",
        };

        public string Id => "anniversary-" + (Anniversary is { } a ? $"{a.Ordinal}-{a.Of:yyyy-MM-dd}" : "other");
    }
}
