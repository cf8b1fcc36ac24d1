using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

namespace Anniversary.Web.Tests.Publishing;

/// <summary>The sitemap and robots.txt, read as a crawler would.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed partial class SitemapTests(ArchiveWebFactory factory)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Sitemap_index_parts_are_well_formed_urlsets_listing_every_article()
    {
        var locations = await LocationsAsync();

        Assert.Contains(SeedArticles.CeremonyUrl, locations.Select(l => l.AbsolutePath));
        Assert.Contains(SeedArticles.GatheringUrl, locations.Select(l => l.AbsolutePath));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(locations, l => Assert.Equal(_client.BaseAddress!.Authority, l.Authority));
    }

    [Fact]
    public async Task Sitemap_lists_the_timeline_and_every_person()
    {
        var paths = (await LocationsAsync()).Select(l => l.AbsolutePath).ToList();

        var people = (await _client.GetDocumentAsync("/people")).QuerySelectorAll(".person-list__name").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, person => Assert.Contains(person, paths));
        Assert.Contains("/timeline", paths);
    }

    [Fact]
    public async Task Every_sitemap_address_answers_200()
    {
        var locations = await LocationsAsync();

        foreach (var location in locations)
        {
            using var response = await _client.GetAsync(location.PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_address()
    {
        using var response = await _client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var match = SitemapLine().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "robots.txt names no sitemap");
        var sitemap = new Uri(match.Groups["url"].Value.Trim(), UriKind.Absolute);
        Assert.Equal("/sitemap.xml", sitemap.AbsolutePath);
        using var answer = await _client.GetAsync(sitemap.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Sitemap_is_an_index_of_parts_on_this_site()
    {
        var parts = await PartsAsync();

        Assert.Contains("/sitemaps/pages.xml", parts.Select(p => p.AbsolutePath));
        Assert.Contains("/sitemaps/articles-1.xml", parts.Select(p => p.AbsolutePath));
        Assert.All(parts, p => Assert.Equal(_client.BaseAddress!.Authority, p.Authority));
        using var pastTheEnd = await _client.GetAsync("/sitemaps/articles-999.xml");
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
    }

    private async Task<List<Uri>> PartsAsync()
    {
        var index = await XmlAsync("/sitemap.xml");
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        return index.Root.Elements(Sitemaps + "sitemap").Select(part => new Uri(Assert.Single(part.Elements(Sitemaps + "loc")).Value, UriKind.Absolute)).ToList();
    }

    private async Task<XDocument> XmlAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentType!.MediaType, new[] { "application/xml", "text/xml" });
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<Uri>> LocationsAsync()
    {
        var locations = new List<Uri>();
        foreach (var part in await PartsAsync())
        {
            locations.AddRange(await PartLocationsAsync(part.PathAndQuery));
        }

        return locations;
    }

    private async Task<List<Uri>> PartLocationsAsync(string path)
    {
        var sitemap = await XmlAsync(path);
        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements().ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Equal(Sitemaps + "url", url.Name));
        Assert.All(urls.Elements(Sitemaps + "lastmod"), lastmod => Assert.Matches(W3cDate(), lastmod.Value));
        return urls.Select(url =>
        {
            var loc = Assert.Single(url.Elements(Sitemaps + "loc")).Value;
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var address), $"<loc>{loc}</loc> is not absolute");
            return address;
        }).ToList();
    }

    [GeneratedRegex(@"^Sitemap:\s*(?<url>\S+)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SitemapLine();

    /// <summary>The W3C datetime forms a sitemap accepts: a day, or a day and time with a zone.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")]
    private static partial Regex W3cDate();
}
