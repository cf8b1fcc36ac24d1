using Anniversary.Archive.Data;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

/// <summary>
/// A group of the timeline: the events of one anniversary of a date, or the commemorations of one year
/// that state no anniversary; the page of the timeline it starts on.
/// </summary>
public sealed record TimelineGroup(int? Ordinal, DateOnly? Of, DatePrecision? Precision, int Year, int Page)
{
    public string Id => IdOf(Ordinal, Of, Year);

    /// <summary>The group's fragment on the timeline page.</summary>
    public static string IdOf(int? ordinal, DateOnly? of, int year) => "anniversary-" + (ordinal is { } o ? $"{o}-{of:yyyy-MM-dd}" : $"other-{year}");
}

/// <summary>The timeline's events a page at a time, grouped as it reads, and the index of every group on every page.</summary>
public sealed record TimelinePage(PageOf<EventView> Events, IReadOnlyList<TimelineGroup> Index);

/// <summary>
/// The timeline's order, for the whole archive and not one page only: by what is commemorated (the
/// date most events count from first, then each other date, then the commemorations of no stated
/// anniversary), then by date, so that an anniversary's events, or a year's, stand together.
/// </summary>
public static class TimelineOrder
{
    public static async Task<TimelinePage> TimelineAsync(
        this ArchiveDbContext db, string? placeKey, int page, int size, CancellationToken cancellationToken = default)
    {
        // A few columns of every event: an archive holds thousands of commemorations at most, and the page is cached.
        var all = await db.Events
            .Where(e => placeKey == null || e.PlaceKey == placeKey)
            .Select(e => new { e.Id, e.Date, e.AnniversaryOrdinal, e.AnniversaryOf, e.AnniversaryPrecision })
            .ToListAsync(cancellationToken);

        var ordered = all
            .GroupBy(e => e.AnniversaryOrdinal is null ? null : e.AnniversaryOf)
            .OrderBy(strand => strand.Key is null) // what counts from no date written ("Other commemorations") comes last
            .ThenByDescending(strand => strand.Count())
            .ThenBy(strand => strand.Key)
            .SelectMany(strand => strand.OrderBy(e => e.Date).ThenBy(e => e.Id))
            .ToList();

        var index = ordered
            .Select((e, position) => (Event: e, Page: position / size + 1))
            .GroupBy(x => (x.Event.AnniversaryOrdinal, Of: x.Event.AnniversaryOrdinal is null ? null : x.Event.AnniversaryOf, Year: x.Event.AnniversaryOrdinal is null ? x.Event.Date.Year : 0))
            .Select(g => new TimelineGroup(g.Key.AnniversaryOrdinal, g.Key.Of, g.First().Event.AnniversaryPrecision, g.First().Event.Date.Year, g.First().Page))
            .ToList();

        var onPage = ordered.Skip((page - 1) * size).Take(size).Select(e => e.Id).ToList();
        var views = await db.EventViewsAsync(onPage, cancellationToken);
        return new TimelinePage(new PageOf<EventView>(views, page, size, all.Count), index);
    }
}
