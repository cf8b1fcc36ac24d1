using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

public sealed record MarkedAnniversary(int Ordinal, DateOnly? Of, DatePrecision? Precision)
{
    public string OrdinalText => Ordinal + (Ordinal % 100 is 11 or 12 or 13 ? "th" : (Ordinal % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}

public sealed record EventSpeaker(string Slug, string Name, string? Role)
{
    public string Url => Links.Person(Slug);
}

public sealed record EventMoment(string Label, string Text, string Article, DateOnly ArticleDate, int? Paragraph)
{
    public string Url => Paragraph is { } number ? Links.Paragraph(ArticleDate, Article, number) : Links.Article(ArticleDate, Article);
}

public sealed record EventView(
    string Slug, string Kind, string Place, string PlaceKey, DateOnly Date, MarkedAnniversary? Anniversary,
    IReadOnlyList<EventSpeaker> Speakers, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<EventMoment> Moments)
{
    public string Url => Links.Event(Slug);
}

/// <summary>A date the articles recall, with every paragraph that mentions it.</summary>
public sealed record HistoricalDate(DateOnly Date, DatePrecision Precision, string Text, IReadOnlyList<DateReference> References);

public sealed record DateReference(string Article, string ArticleTitle, DateOnly ArticleDate, int Paragraph, string Text)
{
    public string Url => Links.Paragraph(ArticleDate, Article, Paragraph);
}

public sealed record PlaceOption(string Key, string Name, int Events);

/// <summary>The commemorative timeline and its historical context, for the pages and the API alike.</summary>
public static class TimelineQueries
{
    public static Task<IReadOnlyList<EventView>> EventsAsync(this ArchiveDbContext db, string? placeKey = null, CancellationToken cancellationToken = default) =>
        db.EventsAsync(placeKey, slug: null, cancellationToken);

    public static async Task<EventView?> EventAsync(this ArchiveDbContext db, string slug, CancellationToken cancellationToken = default) =>
        (await db.EventsAsync(placeKey: null, slug, cancellationToken)).SingleOrDefault();

    private static async Task<IReadOnlyList<EventView>> EventsAsync(this ArchiveDbContext db, string? placeKey, string? slug, CancellationToken cancellationToken)
    {
        var events = await db.Events
            .Where(e => (placeKey == null || e.PlaceKey == placeKey) && (slug == null || e.Slug == slug))
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Slug,
                e.Kind,
                e.Place,
                e.PlaceKey,
                e.Date,
                e.AnniversaryOrdinal,
                e.AnniversaryOf,
                e.AnniversaryPrecision,
                Articles = e.Articles.OrderBy(a => a.Date).ThenBy(a => a.Id)
                    .Select(a => new ArticleSummary(a.Slug, a.Title, a.Date, a.Dateline, a.Place, a.Credit, a.Source, a.SourceFile, a.Standfirst))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var ids = events.Select(e => e.Id).ToList();
        var speakers = await db.Appearances
            .Where(a => a.Part == Part.Speaker && a.Article!.EventId != null && ids.Contains(a.Article.EventId.Value))
            .OrderBy(a => a.Id)
            .Select(a => new { EventId = a.Article!.EventId!.Value, Speaker = new EventSpeaker(a.Person!.Slug, a.Person.Name, a.Role) })
            .ToListAsync(cancellationToken);
        var moments = await db.Moments
            .Where(m => m.Article!.EventId != null && ids.Contains(m.Article.EventId.Value))
            .OrderBy(m => m.Article!.Date).ThenBy(m => m.ArticleId).ThenBy(m => m.Position)
            .Select(m => new { EventId = m.Article!.EventId!.Value, Moment = new EventMoment(m.Label, m.Text, m.Article.Slug, m.Article.Date, m.ParagraphNumber) })
            .ToListAsync(cancellationToken);

        return events.Select(e => new EventView(
                e.Slug, e.Kind, e.Place, e.PlaceKey, e.Date,
                e.AnniversaryOrdinal is { } ordinal ? new MarkedAnniversary(ordinal, e.AnniversaryOf, e.AnniversaryPrecision) : null,
                speakers.Where(s => s.EventId == e.Id).Select(s => s.Speaker).DistinctBy(s => s.Slug).ToList(),
                e.Articles,
                moments.Where(m => m.EventId == e.Id).Select(m => m.Moment).ToList()))
            .ToList();
    }

    /// <summary>Places with events, one entry per place however spelled, named as at its earliest event.</summary>
    public static async Task<IReadOnlyList<PlaceOption>> EventPlacesAsync(this ArchiveDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Events.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new { e.PlaceKey, e.Place }).ToListAsync(cancellationToken))
            .GroupBy(e => e.PlaceKey)
            .Select(g => new PlaceOption(g.Key, g.First().Place, g.Count()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The dates the articles mention, oldest first, each with the paragraphs that mention it.</summary>
    public static async Task<IReadOnlyList<HistoricalDate>> HistoricalContextAsync(this ArchiveDbContext db, CancellationToken cancellationToken = default) =>
        Group(await db.MentionedDates.Select(ToReference()).ToListAsync(cancellationToken));

    /// <summary>Mentions inside a span of days, at least as precise as the span (a day page lists days, not whole years).</summary>
    public static async Task<IReadOnlyList<HistoricalDate>> MentionsBetweenAsync(
        this ArchiveDbContext db, DateOnly from, DateOnly to, DatePrecision coarsest, CancellationToken cancellationToken = default) =>
        Group(await db.MentionedDates
            .Where(d => d.Date >= from && d.Date <= to && d.Precision <= coarsest)
            .Select(ToReference())
            .ToListAsync(cancellationToken));

    private static System.Linq.Expressions.Expression<Func<MentionedDate, MentionRow>> ToReference() => d => new MentionRow(
        d.Date, d.Precision, d.Text,
        new DateReference(d.Article!.Slug, d.Article.Title, d.Article.Date, d.ParagraphNumber,
            d.Article.Paragraphs.Where(p => p.Number == d.ParagraphNumber).Select(p => p.Text).First()));

    private static List<HistoricalDate> Group(List<MentionRow> rows) =>
        rows.GroupBy(r => (r.Date, r.Precision))
            .OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Precision)
            .Select(g => new HistoricalDate(
                g.Key.Date, g.Key.Precision, g.First().Text,
                g.Select(r => r.Reference).DistinctBy(r => (r.Article, r.Paragraph)).OrderBy(r => r.ArticleDate).ThenBy(r => r.Paragraph).ToList()))
            .ToList();

    private sealed record MentionRow(DateOnly Date, DatePrecision Precision, string Text, DateReference Reference);
}
