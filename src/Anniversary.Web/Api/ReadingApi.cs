using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Anniversary.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Api;

/// <summary>The read-only JSON API: /api/articles, /api/people, /api/events, /api/timeline.</summary>
public static class ReadingApi
{
    public static IEndpointRouteBuilder MapReadingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireRateLimiting(Security.SearchRateLimit.Policy);

        api.MapGet("/articles", async (HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
            Paged(context, await db.Summaries().PageAsync(Pager.Requested(context.Request), PageSize, cancellationToken)).Select(ArticleJson));

        api.MapGet("/articles/{slug}", async (string slug, ArchiveDbContext db, CancellationToken cancellationToken) =>
            await db.ArticleAsync(slug, cancellationToken) is { } article
                ? Results.Ok(new
                {
                    article.Summary.Slug,
                    article.Summary.Title,
                    article.Summary.Date,
                    article.Summary.Dateline,
                    article.Summary.Datelines,
                    article.Summary.Place,
                    article.Summary.Credit,
                    article.Summary.Source,
                    article.Byline,
                    article.SourceLine,
                    article.Summary.SourceFile,
                    article.Summary.Url,
                    article.Standfirst,
                    Paragraphs = article.Elements.Where(e => e.Number is not null).Select(e => new { Index = e.Number, e.Text }),
                    Captions = article.Elements.Where(e => e.Number is null).Select(e => new { Text = e.Caption, e.Credit }),
                    Event = article.Event is { } evt ? new { evt.Slug, evt.Kind, evt.Place, evt.Date, evt.Url } : null,
                    People = article.People.Select(p => new { p.Slug, p.Name, p.Role, p.Roles, p.Country, p.Part, p.Url }),
                    article.Statements,
                    article.MentionedDates,
                })
                : NotFound("article", slug));

        api.MapGet("/people", async (HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
            Paged(context, await db.PeopleAsync(Pager.Requested(context.Request), PageSize, cancellationToken))
                .Select(p => new { p.Slug, p.Name, p.Roles, p.Country, p.Parts, p.Articles, p.Statements, p.Url }));

        api.MapGet("/people/{slug}", async (string slug, HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
            await db.PersonAsync(slug, Pager.Requested(context.Request), PageSize, cancellationToken) is { } person
                ? Results.Ok(new
                {
                    person.Summary.Slug,
                    person.Summary.Name,
                    person.Summary.Roles,
                    person.Summary.Country,
                    person.Summary.Parts,
                    person.Summary.Url,
                    Events = person.Events,
                    person.Articles.Number,
                    ArticleCount = person.Articles.Total,
                    StatementCount = person.Statements.Total,
                    Articles = person.Articles.Items.Select(a => new { a.Slug, a.Title, a.Date, a.Part, a.Role, a.Url }),
                    Statements = person.Statements.Items.Select(s => new { s.Article, s.Paragraph, s.Text, s.Date, s.Url }),
                })
                : NotFound("person", slug));

        api.MapGet("/events", async (string? place, HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
            Paged(context, await db.EventsAsync(PlaceKey(place), Pager.Requested(context.Request), PageSize, cancellationToken)).Select(EventJson));

        api.MapGet("/timeline", async (string? place, HttpContext http, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var events = Paged(http, await db.EventsAsync(PlaceKey(place), Pager.Requested(http.Request), PageSize, cancellationToken));
            var context = await db.HistoricalContextAsync(events.SelectMany(e => e.Articles).Select(a => a.Slug).ToList(), cancellationToken);
            return new
            {
                Anniversaries = events
                    .GroupBy(e => e.Anniversary is { } a ? $"{a.Ordinal}|{a.Of}" : "")
                    .Select(g => new
                    {
                        Anniversary = g.First().Anniversary is { } a ? new { a.Ordinal, a.Of } : null,
                        Events = g.Select(EventJson),
                    }),
                Context = context.Select(d => new
                {
                    d.Date,
                    d.Precision,
                    d.Text,
                    References = d.References.Select(r => new { r.Article, r.ArticleTitle, r.Paragraph, r.Url }),
                }),
            };
        });

        api.MapFallback(() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API address."));

        return endpoints;
    }

    /// <summary>Lists come a page at a time; the total and the neighbouring pages travel in headers (RFC 8288 links), so each body stays a plain array.</summary>
    public const int PageSize = 100;

    private static IReadOnlyList<T> Paged<T>(HttpContext context, PageOf<T> page)
    {
        var pager = Pager.For(page, context.Request, string.Empty);
        var links = new List<string>();
        if (page.Number > 1)
        {
            // Past the end, the page before is past it too: "prev" leads to the last page.
            links.Add($"<{pager.Href(Math.Min(page.Number - 1, page.Last))}>; rel=\"prev\"");
        }

        if (page.Number < page.Last)
        {
            links.Add($"<{pager.Href(page.Number + 1)}>; rel=\"next\"");
        }

        context.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return page.Items;
    }

    private static object ArticleJson(ArticleSummary a) =>
        new { a.Slug, a.Title, a.Date, a.Dateline, a.Place, a.Credit, a.Source, a.SourceFile, a.Url };

    private static object EventJson(EventView e) => new
    {
        e.Slug,
        e.Kind,
        e.Place,
        e.Date,
        Anniversary = e.Anniversary is { } a ? new { a.Ordinal, a.Of } : null,
        Speakers = e.Speakers.Select(s => new { s.Slug, s.Name, s.Role, s.Url }),
        Articles = e.Articles.Select(a => new { a.Slug, a.Title, a.Date, a.Url }),
        Moments = e.Moments.Select(m => new { m.Label, m.Text, m.Article, m.Paragraph, m.Url }),
        e.Url,
    };

    private static string? PlaceKey(string? place) =>
        string.IsNullOrWhiteSpace(place) ? null : Archive.Extraction.Lexicon.Default.PlaceKey(place);

    private static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} has the slug '{slug}'.");
}
