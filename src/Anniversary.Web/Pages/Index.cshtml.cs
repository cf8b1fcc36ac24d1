using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int ArticlesPerPage = 20;
    public const int LatestEvents = 10;

    /// <summary>Places named before "and N other places" in the archive's span.</summary>
    public const int PlacesNamed = 3;

    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public ArchiveSpan? Span { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Summaries().PageAsync(Pager.Requested(Request), ArticlesPerPage, cancellationToken);
        if (Articles.Number == 1)
        {
            Events = [.. (await db.LatestEventsAsync(LatestEvents, cancellationToken)).Reverse()];
            Span = await SpanAsync(cancellationToken);
        }
    }

    /// <summary>What the archive holds, in words that stay true as years of reports are added.</summary>
    private async Task<ArchiveSpan?> SpanAsync(CancellationToken cancellationToken)
    {
        if (Articles.Total == 0)
        {
            return null;
        }

        var first = await db.Articles.MinAsync(a => a.Date, cancellationToken);
        var last = await db.Articles.MaxAsync(a => a.Date, cancellationToken);
        var places = (await db.EventPlacesAsync(cancellationToken)).OrderByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new ArchiveSpan(Articles.Total, first, last, [.. places.Take(PlacesNamed).Select(p => p.Name)], Math.Max(0, places.Count - PlacesNamed));
    }

    public sealed record ArchiveSpan(int Articles, DateOnly First, DateOnly Last, IReadOnlyList<string> Places, int OtherPlaces)
    {
        public string Text
        {
            get
            {
                var reports = Articles == 1 ? "One report" : $"{Articles} reports";
                var month = (DateOnly d) => d.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
                var when = month(First) == month(Last) ? $"of {month(First)}" : $"from {month(First)} to {month(Last)}";
                var where = Places.Count == 0 ? ""
                    : OtherPlaces > 0 ? $", from commemorations in {string.Join(", ", Places)} and {OtherPlaces} other place{(OtherPlaces == 1 ? "" : "s")}"
                    : $", from commemorations in {string.Join(" and ", Places)}";
                return $"{reports} {when}{where}.";
            }
        }
    }
}
