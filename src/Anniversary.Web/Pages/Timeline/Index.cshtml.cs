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

    public List<AnniversaryGroup> Groups { get; private set; } = [];

    public IReadOnlyList<HistoricalDate> Context { get; private set; } = [];

    public PageOf<EventView> Events { get; private set; } = null!;

    /// <summary>Every group of the whole timeline, with the page it starts on, for the index above it.</summary>
    public IReadOnlyList<TimelineGroup> Index { get; private set; } = [];

    public const int EventsPerPage = 50;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await db.EventPlacesAsync(cancellationToken);
        var placeKey = string.IsNullOrWhiteSpace(Place) ? null : Archive.Extraction.Lexicon.Default.PlaceKey(Place);
        SelectedPlace = Places.FirstOrDefault(p => p.Key == placeKey);

        var timeline = await db.TimelineAsync(placeKey, Pager.Requested(Request), EventsPerPage, cancellationToken);
        Events = timeline.Events;
        Index = timeline.Index;
        Groups = Grouped(Events.Items);
        if (Groups.Count > 0 && Index.FirstOrDefault(g => g.Id == Groups[0].Id)?.Page < Events.Number)
        {
            Groups[0] = Groups[0] with { Continued = true };
        }
        Context = await db.HistoricalContextAsync(Events.Items.SelectMany(e => e.Articles).Select(a => a.Slug).ToList(), cancellationToken);
    }

    /// <summary>The page's events, already in the timeline's order, in their groups: an anniversary of a date, or a year of other commemorations.</summary>
    private static List<AnniversaryGroup> Grouped(IReadOnlyList<EventView> events) =>
        events
            .GroupBy(e => (e.Anniversary?.Of, e.Anniversary?.Ordinal, Year: e.Anniversary is null ? e.Date.Year : 0))
            .Select(g => new AnniversaryGroup(g.First().Anniversary, g.ToList()))
            .ToList();

    /// <summary>The index's groups of each commemorated date (null: no anniversary stated).</summary>
    public IEnumerable<IGrouping<DateOnly?, TimelineGroup>> ByCommemorated => Index.GroupBy(g => g.Ordinal is null ? null : g.Of);

    /// <summary>Where a group of the index is: on this page, or on the page it starts on.</summary>
    public string Link(TimelineGroup group) => (group.Page == Events.Number ? "" : $"?{PlaceQuery}page={group.Page}") + "#" + group.Id;

    private string PlaceQuery => SelectedPlace is { } place ? $"place={Uri.EscapeDataString(place.Key)}&" : "";

    /// <summary>A group of the page; <see cref="Continued"/> when it began on an earlier page.</summary>
    public sealed record AnniversaryGroup(MarkedAnniversary? Anniversary, IReadOnlyList<EventView> Events, bool Continued = false)
    {
        public DateOnly? Commemorated => Anniversary?.Of;

        public int Year => Events[0].Date.Year;

        public string Heading => Anniversary switch
        {
            { Of: { } of, Precision: { } precision } a => $"{a.OrdinalText} anniversary of {DisplayFormats.AtPrecision(of, precision)}",
            { } a => $"{a.OrdinalText} anniversary",
            _ => $"Other commemorations, {Year}",
        };

        public string Id => TimelineGroup.IdOf(Anniversary?.Ordinal, Anniversary?.Of, Year);
    }
}
