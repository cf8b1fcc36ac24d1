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

public sealed record EventMoment(string Label, string Text, string Article, DateOnly ArticleDate, int? Paragraph, int Position)
{
    public string Url => Paragraph is { } number ? Links.Paragraph(ArticleDate, Article, number) : Links.Figure(ArticleDate, Article, Position);
}

public sealed record EventView(
    string Slug, string Kind, string Place, string PlaceKey, DateOnly Date, MarkedAnniversary? Anniversary,
    IReadOnlyList<EventSpeaker> Speakers, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<EventMoment> Moments)
{
    public string Url => Links.Event(Slug);
}

/// <summary>A date the articles recall, with every paragraph that mentions it.</summary>
public sealed record HistoricalDate(DateOnly Date, DatePrecision Precision, string Text, IReadOnlyList<DateReference> References);

/// <summary>A paragraph and the dates of a range it mentions, each as written.</summary>
public sealed record DatedParagraph(DateReference Reference, IReadOnlyList<MentionedOn> Dates);

public sealed record MentionedOn(DateOnly Date, DatePrecision Precision, string Text);

public sealed record DateReference(string Article, string ArticleTitle, DateOnly ArticleDate, int Paragraph, string Text)
{
    public string Url => Links.Paragraph(ArticleDate, Article, Paragraph);
}

public sealed record PlaceOption(string Key, string Name, int Events);

/// <summary>The commemorative timeline and its historical context, for the pages and the API alike.</summary>
public static class TimelineQueries
{
    /// <summary>A page of the events, oldest first, at one place or everywhere.</summary>
    public static async Task<PageOf<EventView>> EventsAsync(
        this ArchiveDbContext db, string? placeKey, int page, int size, CancellationToken cancellationToken = default)
    {
        var events = db.Events.Where(e => placeKey == null || e.PlaceKey == placeKey);
        var total = await events.CountAsync(cancellationToken);
        var views = await db.ViewsAsync(events.OrderBy(e => e.Date).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size), cancellationToken);
        return new PageOf<EventView>(views, page, size, total);
    }

    /// <summary>The most recent events, oldest of them first.</summary>
    public static async Task<IReadOnlyList<EventView>> LatestEventsAsync(this ArchiveDbContext db, int count, CancellationToken cancellationToken = default) =>
        (await db.ViewsAsync(db.Events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(count), cancellationToken)).AsEnumerable().Reverse().ToList();

    public static async Task<EventView?> EventAsync(this ArchiveDbContext db, string slug, CancellationToken cancellationToken = default) =>
        (await db.ViewsAsync(db.Events.Where(e => e.Slug == slug), cancellationToken)).SingleOrDefault();

    /// <summary>These events, in the order given.</summary>
    internal static async Task<IReadOnlyList<EventView>> EventViewsAsync(this ArchiveDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.ViewsAsync(db.Events.Where(e => ids.Contains(e.Id)), cancellationToken, ids);

    private static async Task<IReadOnlyList<EventView>> ViewsAsync(this ArchiveDbContext db, IQueryable<Event> selected, CancellationToken cancellationToken, IReadOnlyList<int>? order = null)
    {
        var events = await selected
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
        if (order is not null)
        {
            var position = order.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            events = events.OrderBy(e => position[e.Id]).ToList();
        }

        var ids = events.Select(e => e.Id).ToList();
        var speakers = await db.Appearances
            .Where(a => a.Part == Part.Speaker && a.Article!.EventId != null && ids.Contains(a.Article.EventId.Value))
            .OrderBy(a => a.Id)
            .Select(a => new { EventId = a.Article!.EventId!.Value, Speaker = new EventSpeaker(a.Person!.Slug, a.Person.Name, a.Role ?? a.Roles[0]) })
            .ToListAsync(cancellationToken);
        var moments = await db.Moments
            .Where(m => m.Article!.EventId != null && ids.Contains(m.Article.EventId.Value))
            .OrderBy(m => m.Article!.Date).ThenBy(m => m.ArticleId).ThenBy(m => m.Position)
            .Select(m => new
            {
                EventId = m.Article!.EventId!.Value, m.ArticleId, m.Label, m.Text, m.TextStart, m.TextLength, m.Article.Slug, m.Article.Date, m.ParagraphNumber, m.Position,
            })
            .ToListAsync(cancellationToken);

        // A moment stored as its place in a paragraph is cut from its article's paragraphs.
        var paragraphs = await db.ParagraphsOfAsync(moments.Where(m => m.Text == "" && m.ParagraphNumber is not null).Select(m => m.ArticleId), cancellationToken);
        var eventMoments = moments.Select(m => new
        {
            m.EventId,
            Moment = new EventMoment(
                m.Label, Moment.TextIn(m.Text, m.TextStart, m.TextLength, m.ParagraphNumber is { } number ? paragraphs.TextOf(m.ArticleId, number) : string.Empty),
                m.Slug, m.Date, m.ParagraphNumber, m.Position),
        }).ToList();

        return events.Select(e => new EventView(
                e.Slug, e.Kind, e.Place, e.PlaceKey, e.Date,
                e.AnniversaryOrdinal is { } ordinal ? new MarkedAnniversary(ordinal, e.AnniversaryOf, e.AnniversaryPrecision) : null,
                speakers.Where(s => s.EventId == e.Id).Select(s => s.Speaker).DistinctBy(s => s.Slug).ToList(),
                e.Articles,
                eventMoments.Where(m => m.EventId == e.Id).Select(m => m.Moment).ToList()))
            .ToList();
    }

    /// <summary>Places with events, one entry per place however spelled, named as at its earliest event.</summary>
    public static async Task<IReadOnlyList<PlaceOption>> EventPlacesAsync(this ArchiveDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Events.GroupBy(e => e.PlaceKey)
            .Select(g => new PlaceOption(g.Key, g.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => e.Place).First(), g.Count()))
            .ToListAsync(cancellationToken))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Days of the news itself: a report tells of the week before it.</summary>
    private const int NewsDays = 7;

    /// <summary>
    /// The dates these articles recall, oldest first, each with the paragraphs that mention it. A date
    /// reaching into the days of the news or after them ("on January 7", "until April 30", "2024" in
    /// a report of 2024) is not history.
    /// </summary>
    public static async Task<IReadOnlyList<HistoricalDate>> HistoricalContextAsync(
        this ArchiveDbContext db, IReadOnlyCollection<string> articleSlugs, CancellationToken cancellationToken = default)
    {
        var rows = await db.MentionedDates.Where(d => articleSlugs.Contains(d.Article!.Slug)).Select(ToRow).ToListAsync(cancellationToken);
        return Group((await db.WithParagraphsAsync(rows, cancellationToken))
            .Where(r => new DateMention(0, 0, r.Date, r.Precision, r.Text).Range.To.DayNumber < r.Reference.ArticleDate.DayNumber - NewsDays)
            .ToList());
    }

    /// <summary>
    /// The paragraphs that mention a date from <paramref name="from"/> to <paramref name="to"/>, each once with every
    /// such date it gives ("2024" and "January 4" in one lead), in the order of the earliest; paged by paragraph.
    /// Only dates at least as precise as <paramref name="coarsest"/> count (a day page lists days, not whole years).
    /// </summary>
    public static async Task<PageOf<DatedParagraph>> ParagraphsMentioningAsync(
        this ArchiveDbContext db, DateOnly from, DateOnly to, DatePrecision coarsest, int page, int size, CancellationToken cancellationToken = default)
    {
        var inRange = db.MentionedDates.Where(d => d.Date >= from && d.Date <= to && d.Precision <= coarsest);
        var paragraphs = await inRange
            .GroupBy(d => new { d.ArticleId, ArticleDate = d.Article!.Date, d.ParagraphNumber })
            .OrderBy(g => g.Min(d => d.Date)).ThenBy(g => g.Key.ArticleDate).ThenBy(g => g.Key.ArticleId).ThenBy(g => g.Key.ParagraphNumber)
            .Select(g => new ParagraphKey(g.Key.ArticleId, g.Key.ParagraphNumber))
            .PageAsync(page, size, cancellationToken);
        var articleIds = paragraphs.Items.Select(p => p.ArticleId).Distinct().ToList();
        var rows = await inRange
            .Where(d => articleIds.Contains(d.ArticleId))
            .OrderBy(d => d.Date).ThenBy(d => d.Precision)
            .Select(ToRow)
            .ToListAsync(cancellationToken);
        var mentions = await db.WithParagraphsAsync(rows, cancellationToken);
        var items = paragraphs.Items
            .Select(key => mentions.Where(r => r.ArticleId == key.ArticleId && r.Reference.Paragraph == key.Paragraph).ToList())
            .Select(found => new DatedParagraph(found[0].Reference,
                // A range ("January 6-7") is a mention of each of its days: listed once, at its first day.
                found.DistinctBy(r => (r.Date, r.Precision)).DistinctBy(r => r.Text).Select(r => new MentionedOn(r.Date, r.Precision, r.Text)).ToList()))
            .ToList();
        return new PageOf<DatedParagraph>(items, paragraphs.Number, paragraphs.Size, paragraphs.Total);
    }

    private sealed record ParagraphKey(int ArticleId, int Paragraph);

    /// <summary>A mentioned date as stored, with its article: its text may still be a place in its paragraph.</summary>
    private sealed record StoredMention(
        int ArticleId, DateOnly Date, DatePrecision Precision, string Text, int TextStart, int TextLength, string Slug, string Title, DateOnly ArticleDate, int Paragraph);

    private static readonly System.Linq.Expressions.Expression<Func<MentionedDate, StoredMention>> ToRow = d =>
        new StoredMention(d.ArticleId, d.Date, d.Precision, d.Text, d.TextStart, d.TextLength, d.Article!.Slug, d.Article.Title, d.Article.Date, d.ParagraphNumber);

    /// <summary>The mentions with their paragraphs (a date's text may be cut from its paragraph's), each article's paragraphs read once.</summary>
    private static async Task<List<MentionRow>> WithParagraphsAsync(this ArchiveDbContext db, List<StoredMention> rows, CancellationToken cancellationToken)
    {
        var paragraphs = await db.ParagraphsOfAsync(rows.Select(r => r.ArticleId), cancellationToken);
        return rows.Select(r =>
        {
            var paragraphText = paragraphs.TextOf(r.ArticleId, r.Paragraph);
            return new MentionRow(r.ArticleId, r.Date, r.Precision, MentionedDate.TextIn(r.Text, r.TextStart, r.TextLength, paragraphText),
                new DateReference(r.Slug, r.Title, r.ArticleDate, r.Paragraph, paragraphText));
        }).ToList();
    }

    private static List<HistoricalDate> Group(List<MentionRow> rows) =>
        rows.GroupBy(r => (r.Date, r.Precision))
            .OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Precision)
            .Select(g => new HistoricalDate(
                g.Key.Date, g.Key.Precision, g.First().Text,
                g.Select(r => r.Reference).DistinctBy(r => (r.Article, r.Paragraph)).OrderBy(r => r.ArticleDate).ThenBy(r => r.Paragraph).ToList()))
            .ToList();

    private sealed record MentionRow(int ArticleId, DateOnly Date, DatePrecision Precision, string Text, DateReference Reference);
}
