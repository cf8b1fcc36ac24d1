using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Publishing;

/// <summary>What news readers and crawlers expect beside the pages: Atom feeds, a sitemap, robots.txt and the text of each article.</summary>
public static class PublishingEndpoints
{
    private const int FeedSize = 100;
    private const int SitemapSize = 10_000;
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.atom", async (HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var articles = await db.Summaries().Take(FeedSize).ToListAsync(cancellationToken);
            var origin = Origin(context);
            await WriteAtomAsync(context, Feed("Anniversary: all articles", "News reports kept by the archive, newest first.", origin + "/", origin + "/feed.atom",
                articles.Select(a => Entry(origin, a.Title, a.Lead, a.Url, a.Date, a.Source ?? a.Credit))));
        });

        endpoints.MapGet("/people/{slug}/feed.atom", async (string slug, HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var person = await db.PersonAsync(slug, 1, FeedSize, cancellationToken);
            if (person is null)
            {
                return Results.NotFound();
            }

            var origin = Origin(context);
            var statements = (await db.StatementsInAsync(slug, person.Articles.Items.Select(a => a.Slug).ToList(), cancellationToken)).ToLookup(s => s.Article);
            await WriteAtomAsync(context, Feed($"Anniversary: {person.Summary.Name}", $"Articles naming {person.Summary.Name}, newest first.",
                origin + person.Summary.Url, origin + person.Summary.Url + "/feed.atom",
                person.Articles.Items.Select(a => Entry(origin, a.Title,
                    statements[a.Slug].Any() ? string.Join(" ", statements[a.Slug].Select(s => s.Text)) : $"{person.Summary.Name}: {a.Part.ToString().ToLowerInvariant()}",
                    a.Url, a.Date, null))));
            return Results.Empty;
        });

        // A sitemap index of sitemaps of at most SitemapSize addresses each: the protocol allows
        // 50,000 per file, and a crawler fetches each part when it likes.
        endpoints.MapGet("/sitemap.xml", async (HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var origin = Origin(context);
            var parts = new List<string> { "/sitemaps/pages.xml" };
            foreach (var (kind, count) in new[] { ("articles", await db.Articles.CountAsync(cancellationToken)), ("people", await db.People.CountAsync(cancellationToken)), ("events", await db.Events.CountAsync(cancellationToken)) })
            {
                parts.AddRange(Enumerable.Range(1, (count + SitemapSize - 1) / SitemapSize).Select(n => $"/sitemaps/{kind}-{n}.xml"));
            }

            return Xml(new XElement(Sitemaps + "sitemapindex", parts.Select(part => new XElement(Sitemaps + "sitemap", new XElement(Sitemaps + "loc", origin + part)))));
        });

        endpoints.MapGet("/sitemaps/pages.xml", (HttpContext context) =>
            UrlSet(new[] { "/", "/timeline", "/people" }.Select(path => (Origin(context) + path, (DateTime?)null))));

        endpoints.MapGet("/sitemaps/{kind}-{number:int:min(1)}.xml", async (string kind, int number, HttpContext context, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var origin = Origin(context);
            var skip = (number - 1) * SitemapSize;
            List<(string, DateTime?)>? urls = kind switch
            {
                "articles" => (await db.Articles.OrderBy(a => a.Id).Skip(skip).Take(SitemapSize).Select(a => new { a.Date, a.Slug, a.UpdatedAtUtc }).ToListAsync(cancellationToken))
                    .Select(a => (origin + Links.Article(a.Date, a.Slug), (DateTime?)a.UpdatedAtUtc)).ToList(),
                "people" => (await db.People.OrderBy(p => p.Id).Skip(skip).Take(SitemapSize).Select(p => p.Slug).ToListAsync(cancellationToken))
                    .Select(slug => (origin + Links.Person(slug), (DateTime?)null)).ToList(),
                "events" => (await db.Events.OrderBy(e => e.Id).Skip(skip).Take(SitemapSize).Select(e => e.Slug).ToListAsync(cancellationToken))
                    .Select(slug => (origin + Links.Event(slug), (DateTime?)null)).ToList(),
                _ => null,
            };
            return urls is { Count: > 0 } ? UrlSet(urls) : Results.NotFound();
        });

        endpoints.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {Origin(context)}/sitemap.xml\n", "text/plain", Encoding.UTF8));

        endpoints.MapGet("/articles/{year:int}/{month:int}/{day:int}/{slug}.txt", async (
            int year, int month, int day, string slug, ArchiveDbContext db, CancellationToken cancellationToken) =>
        {
            var article = await db.Articles.Where(a => a.Slug == slug).Select(a => new { a.Date, a.SourceFile, Body = a.Body!.Paragraphs }).SingleOrDefaultAsync(cancellationToken);
            if (article is null)
            {
                return await db.FormerSlugUrlAsync(slug, cancellationToken) is { } moved ? Results.Redirect(moved + ".txt", permanent: true) : Results.NotFound();
            }

            // As the article page does: a wrong date in the address leads to the right one.
            if ((article.Date.Year, article.Date.Month, article.Date.Day) != (year, month, day))
            {
                return Results.Redirect(Links.Article(article.Date, slug) + ".txt", permanent: true);
            }

            // An article stored before OriginalInBody has no text as imported until its folder is imported again.
            return StoredParagraphs.Original(article.Body) is { } stored
                ? Results.File(Encoding.UTF8.GetBytes(StoredOriginal.Rebuild(stored, StoredParagraphs.Texts(article.Body))), "text/plain; charset=utf-8", article.SourceFile)
                : Results.NotFound();
        });

        return endpoints;
    }

    /// <summary>The site's public address: <c>Site:BaseUrl</c> when configured, so permanent addresses do not follow a request's Host header.</summary>
    public static string Origin(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.SiteOptions>>().Value.BaseUrl;
        return string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured.TrimEnd('/');
    }

    public static SyndicationFeed Feed(string title, string subtitle, string alternate, string self, IEnumerable<SyndicationItem> items)
    {
        var list = items.ToList();
        var feed = new SyndicationFeed(title, subtitle, new Uri(alternate), self,
            // Atom requires a time; a feed with nothing in it was last updated when it was made.
            list.Count == 0 ? DateTimeOffset.UtcNow : list.Max(i => i.LastUpdatedTime))
        {
            Items = list,
        };
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "Anniversary" });
        return feed;
    }

    public static SyndicationItem Entry(string origin, string title, string? summary, string path, DateOnly date, string? author)
    {
        var published = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem(title, summary ?? string.Empty, new Uri(origin + path), origin + path, published) { PublishDate = published };
        if (author is not null)
        {
            item.Authors.Add(new SyndicationPerson { Name = author });
        }

        return item;
    }

    public static async Task WriteAtomAsync(HttpContext context, SyndicationFeed feed)
    {
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    private static IResult UrlSet(IEnumerable<(string Location, DateTime? Modified)> urls) =>
        Xml(new XElement(Sitemaps + "urlset", urls.Select(url => new XElement(Sitemaps + "url",
            new XElement(Sitemaps + "loc", url.Location),
            url.Modified is { } modified ? new XElement(Sitemaps + "lastmod", modified.ToString("yyyy-MM-dd")) : null))));

    private static IResult Xml(XElement root) =>
        Results.Text(new XDeclaration("1.0", "utf-8", null) + "\n" + root, "application/xml", Encoding.UTF8);
}
