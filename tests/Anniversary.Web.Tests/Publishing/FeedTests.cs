using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

namespace Anniversary.Web.Tests.Publishing;

/// <summary>The site's Atom feed and the feed of each person, read as a feed reader would.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed partial class FeedTests(ArchiveWebFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Site_feed_is_atom_with_one_entry_per_article_newest_first()
    {
        var feed = await GetFeedAsync("/feed.atom");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        FeedHasRequiredElements(feed.Root);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal([SeedArticles.CeremonyUrl, SeedArticles.GatheringUrl], entries.Select(AlternatePath));
        Assert.Equal([SeedArticles.CeremonyHeadline, SeedArticles.GatheringHeadline], entries.Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task Each_entry_has_an_id_a_title_an_rfc3339_updated_date_and_an_alternate_link_that_answers()
    {
        var feed = await GetFeedAsync("/feed.atom");

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value), "entry without id");
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value), "entry without title");
            var updated = Rfc3339(entry.Element(Atom + "updated")?.Value);
            var path = AlternatePath(entry);
            Assert.StartsWith($"/articles/{updated.UtcDateTime:yyyy/MM/dd}/", path);

            using var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Every_page_advertises_the_site_feed()
    {
        foreach (var page in new[] { "/", SeedArticles.CeremonyUrl })
        {
            var document = await _client.GetDocumentAsync(page);

            var link = document.QuerySelector("link[rel='alternate'][type='application/atom+xml']");
            Assert.NotNull(link);
            Assert.Equal("/feed.atom", link.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("le-minh-khai", "Le Minh Khai", new[] { SeedArticles.CeremonyUrl })]
    [InlineData("le-kim-anh", "Lê Kim Anh", new[] { SeedArticles.GatheringUrl })]
    [InlineData("pol-pot", "Pol Pot", new[] { SeedArticles.CeremonyUrl, SeedArticles.GatheringUrl })]
    public async Task Person_feed_has_one_entry_per_article_the_person_appears_in(string slug, string name, string[] articles)
    {
        var feed = await GetFeedAsync($"/people/{slug}/feed.atom");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        FeedHasRequiredElements(feed.Root);
        Assert.Contains(name, feed.Root.Element(Atom + "title")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(articles, entries.Select(AlternatePath));
        Assert.All(entries, e => Rfc3339(e.Element(Atom + "updated")?.Value));
    }

    [Fact]
    public async Task Every_person_feed_matches_the_articles_on_their_page()
    {
        var people = (await _client.GetDocumentAsync("/people")).QuerySelectorAll(".person-list__name")
            .Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(people);

        foreach (var person in people)
        {
            var page = await _client.GetDocumentAsync(person);
            var linked = page.QuerySelectorAll("main a[href^='/articles/']")
                .Select(a => a.GetAttribute("href")!.Split('#')[0]).ToHashSet();

            var feed = await GetFeedAsync(person + "/feed.atom");

            var entries = feed.Root!.Elements(Atom + "entry").Select(AlternatePath).ToList();
            Assert.Equal(entries.Count, entries.Distinct().Count());
            Assert.Equal(linked.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Feed_of_an_unknown_person_is_404()
    {
        using var response = await _client.GetAsync("/people/no-such-person/feed.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<XDocument> GetFeedAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>RFC 4287 4.1.1: a feed has an id, a title, an updated date and an author (here the feed's own).</summary>
    private static void FeedHasRequiredElements(XElement feed)
    {
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value), "feed without id");
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value), "feed without title");
        Rfc3339(feed.Element(Atom + "updated")?.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.NotNull(feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "self"));
    }

    private static string AlternatePath(XElement entry)
    {
        var link = Assert.Single(entry.Elements(Atom + "link"), l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
        Assert.True(Uri.TryCreate((string?)link.Attribute("href"), UriKind.Absolute, out var href), $"entry link '{link}' is not absolute");
        return href.AbsolutePath;
    }

    private static DateTimeOffset Rfc3339(string? value)
    {
        Assert.NotNull(value);
        Assert.Matches(Rfc3339DateTime(), value);
        Assert.True(DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed), $"'{value}' is not a date");
        return parsed;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339DateTime();
}
