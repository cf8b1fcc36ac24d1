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
        Groups = Grouped(Events.Items);
        Context = await db.HistoricalContextAsync(Events.Items.SelectMany(e => e.Articles).Select(a => a.Slug).ToList(), cancellationToken);
    }

    /// <summary>
    /// By what is commemorated, then by year: the date most events count from first, its anniversaries in
    /// order; then each other commemorated date; then the commemorations of no stated anniversary, year by year.
    /// </summary>
    private static List<AnniversaryGroup> Grouped(IReadOnlyList<EventView> events) =>
        events
            .GroupBy(e => (e.Anniversary?.Of, e.Anniversary?.Ordinal, Year: e.Anniversary is null ? e.Date.Year : 0))
            .Select(g => new AnniversaryGroup(g.First().Anniversary, g.OrderBy(e => e.Date).ToList()))
            .GroupBy(g => g.Commemorated)
            .OrderBy(c => c.Key is null)
            .ThenByDescending(c => c.Sum(g => g.Events.Count))
            .ThenBy(c => c.Key)
            .SelectMany(c => c.OrderBy(g => g.Events[0].Date))
            .ToList();

    /// <summary>The groups of each commemorated date (null: no anniversary stated), for the index above the timeline.</summary>
    public IEnumerable<IGrouping<DateOnly?, AnniversaryGroup>> ByCommemorated => Groups.GroupBy(g => g.Commemorated);

    public sealed record AnniversaryGroup(MarkedAnniversary? Anniversary, IReadOnlyList<EventView> Events)
    {
        public DateOnly? Commemorated => Anniversary?.Of;

        public int Year => Events[0].Date.Year;

        public string Heading => Anniversary switch
        {
            { Of: { } of, Precision: { } precision } a => $"{a.OrdinalText} anniversary of {DisplayFormats.AtPrecision(of, precision)}",
            { } a => $"{a.OrdinalText} anniversary",
            _ => $"Other commemorations, {Year}",
        };

        public string Id => "anniversary-" + (Anniversary is { } a ? $"{a.Ordinal}-{a.Of:yyyy-MM-dd}" : $"other-{Year}");
    }
}
