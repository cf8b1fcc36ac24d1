using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Security;

/// <summary>
/// A site whose only report carries script, event-handler and hostile-link payloads in its headline,
/// its paragraphs and a person's name: every page, the API and the feeds show them as text.
/// </summary>
public sealed class ContentSafetyPageTests(ContentSafetyPageTests.PayloadSite site) : IClassFixture<ContentSafetyPageTests.PayloadSite>
{
    private const string Word = "quokkafest";
    private const string Headline = "Quokkafest </title><script>alert(\"headline\")</script> & \"friends\" <img src=x onerror=alert('headline')> meeting";
    private const string PersonName = "Tran </title><script>alert(\"name\")</script> \"Binh\" <img src=x onerror=alert('name')>";
    private const string LeadPayload = "<script>alert(\"lead\")</script>";
    private const string SafeLink = "https://example.org/quokkafest";

    private static readonly string[] Paragraphs =
    [
        $"State President Tran Van Binh said the {Word} was {LeadPayload} a day to remember.",
        "Visitors read [the report](javascript:alert(\"links\")), [a copy](JaVaScRiPt:alert(2)), [a page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), [a note](vbscript:msgbox(1)) and <javascript:alert(3)> there.",
        "Encoded schemes such as [one](jav&#x61;script:alert(4)), [two](java&#9;script:alert(5)) and <jav&#x61;script:alert(6)> stayed text.",
        "Attribute tricks like [x](http://a\"onmouseover=\"alert(7)), [\"><img src=x onerror=alert(8)>](https://example.org/\"><script>alert(9)</script>) and <svg onload=alert(10)> went nowhere.",
        $"The agency's own [report]({SafeLink}) is a link.",
    ];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_headline_is_text_in_the_title_the_heading_and_the_meta_tags()
    {
        var (document, raw) = await GetPageAsync(await ArticleUrlAsync());

        Assert.StartsWith(Headline + " · ", document.Title);
        Assert.Equal(Headline, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Headline, Meta(document, "meta[property='og:title']"));
        Assert.Equal(Headline, Meta(document, "meta[name='twitter:title']"));
        Assert.Contains(LeadPayload, Meta(document, "meta[property='og:description']"));
        Assert.Equal(Meta(document, "meta[property='og:description']"), Meta(document, "meta[name='description']"));
        AssertInert(document, raw);
    }

    [Fact]
    public async Task Json_ld_cannot_close_its_script_element_and_round_trips_headline_name_and_text()
    {
        var (document, raw) = await GetPageAsync(await ArticleUrlAsync());

        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.DoesNotContain("</script", script.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('<', script.TextContent);
        using var json = JsonDocument.Parse(script.TextContent);
        var article = json.RootElement;
        Assert.Equal(Headline, article.GetProperty("headline").GetString());
        Assert.Contains(PersonName, article.GetProperty("mentions").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains(LeadPayload, article.GetProperty("articleBody").GetString());
        AssertInert(document, raw);
    }

    [Fact]
    public async Task Paragraphs_show_the_payloads_as_written_and_keep_only_safe_links()
    {
        var (document, raw) = await GetPageAsync(await ArticleUrlAsync());

        var paragraphs = document.QuerySelectorAll(".article__paragraph").Select(p => p.TextContent).ToList();
        Assert.Contains(paragraphs, p => p.Contains(LeadPayload, StringComparison.Ordinal));
        Assert.Contains(Paragraphs[1], paragraphs);
        Assert.Contains(Paragraphs[2], paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("<svg onload=alert(10)>", StringComparison.Ordinal));
        var links = document.QuerySelectorAll(".article__paragraph a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(SafeLink, links);
        Assert.Contains(links, href => href.StartsWith("/people/", StringComparison.Ordinal));
        AssertInert(document, raw);
    }

    [Fact]
    public async Task The_person_page_and_the_people_list_show_the_name_as_text()
    {
        var (article, _) = await GetPageAsync(await ArticleUrlAsync());
        var personUrl = article.QuerySelectorAll(".people-list a").Single(a => a.TextContent == PersonName).GetAttribute("href")!;

        var (document, raw) = await GetPageAsync(personUrl);

        Assert.StartsWith(PersonName + " · ", document.Title);
        Assert.Equal(PersonName, document.QuerySelector("h1")!.TextContent);
        var feedLink = document.QuerySelectorAll("link[rel='alternate']").Single(link => link.GetAttribute("href") == personUrl + "/feed.atom");
        Assert.Equal($"Articles naming {PersonName}", feedLink.GetAttribute("title"));
        Assert.Contains(document.QuerySelectorAll(".statement__text"), quote => quote.TextContent.Contains(LeadPayload, StringComparison.Ordinal));
        AssertInert(document, raw);

        var (people, peopleRaw) = await GetPageAsync("/people");
        Assert.Contains(people.QuerySelectorAll("a"), a => a.TextContent == PersonName);
        AssertInert(people, peopleRaw);
    }

    [Fact]
    public async Task The_date_page_and_the_timeline_show_the_headline_as_text()
    {
        var (date, dateRaw) = await GetPageAsync("/dates/2024-03-15");
        var (timeline, timelineRaw) = await GetPageAsync("/timeline");

        Assert.Contains(date.QuerySelectorAll("a"), a => a.TextContent == Headline);
        AssertInert(date, dateRaw);
        AssertInert(timeline, timelineRaw);
    }

    [Fact]
    public async Task Search_results_show_headline_name_and_snippets_as_text()
    {
        var (document, raw) = await GetPageAsync($"/search?q={Word}");

        Assert.Contains(document.QuerySelectorAll(".hit__title a"), a => a.TextContent.StartsWith(Headline, StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll(".hit__speaker a"), a => a.TextContent == PersonName);
        var snippets = document.QuerySelectorAll(".hit__snippet");
        Assert.Contains(snippets, snippet => snippet.TextContent.Contains(LeadPayload, StringComparison.Ordinal));
        Assert.All(snippets.SelectMany(s => s.QuerySelectorAll("*")), element => Assert.Equal("mark", element.LocalName));
        AssertInert(document, raw);
    }

    [Fact]
    public async Task A_search_for_a_payload_shows_it_as_text()
    {
        const string query = "\"><script>alert('q')</script><img src=x onerror=alert('q')>";

        var (document, raw) = await GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(query, document.Title);
        Assert.Equal(query, document.QuerySelector("#search-q")!.GetAttribute("value"));
        AssertInert(document, raw);
    }

    [Fact]
    public async Task The_search_api_answers_json_whose_strings_round_trip_and_whose_snippets_hold_only_marks()
    {
        using var response = await _client.GetAsync($"/api/search?q={Word}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, hit => hit.GetProperty("title").GetString() == Headline);
        Assert.Contains(results, hit => hit.TryGetProperty("personName", out var name) && name.GetString() == PersonName);
        foreach (var hit in results)
        {
            var snippet = Html.Parse(hit.GetProperty("snippet").GetString()!).Body!;
            Assert.All(snippet.QuerySelectorAll("*"), element => Assert.Equal("mark", element.LocalName));
        }

        Assert.Contains(results, hit => Html.Parse(hit.GetProperty("snippet").GetString()!).Body!.TextContent.Contains(LeadPayload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feeds_carry_the_headline_as_plain_text()
    {
        var (article, _) = await GetPageAsync(await ArticleUrlAsync());
        var personFeed = article.QuerySelectorAll(".people-list a").Single(a => a.TextContent == PersonName).GetAttribute("href") + "/feed.atom";

        foreach (var url in new[] { "/feed.atom", $"/search.atom?q={Word}", personFeed })
        {
            using var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
            XNamespace atom = "http://www.w3.org/2005/Atom";

            Assert.All(feed.Descendants(), element => Assert.Equal(atom, element.Name.Namespace));
            var titles = feed.Descendants(atom + "entry").Elements(atom + "title").ToList();
            Assert.Contains(titles, title => title.Value.StartsWith(Headline, StringComparison.Ordinal));
            Assert.All(titles, title => Assert.Equal("text", (string?)title.Attribute("type") ?? "text"));
            Assert.All(
                feed.Descendants().Where(e => e.Name == atom + "summary" || e.Name == atom + "content"),
                text => Assert.Equal("text", (string?)text.Attribute("type") ?? "text"));
        }
    }

    private async Task<string> ArticleUrlAsync()
    {
        var (home, raw) = await GetPageAsync("/");
        AssertInert(home, raw);
        return home.QuerySelectorAll("a").Single(a => a.TextContent == Headline).GetAttribute("href")!;
    }

    private async Task<(IDocument Document, string Raw)> GetPageAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        return (Html.Parse(raw), raw);
    }

    private static string Meta(IDocument document, string selector) => document.QuerySelector(selector)!.GetAttribute("content")!;

    /// <summary>
    /// Nothing of the payloads became markup: no script but JSON-LD (whose text cannot close it), no
    /// embedded content, no event-handler attribute, and every address goes to an allowed scheme.
    /// </summary>
    private static void AssertInert(IDocument document, string raw)
    {
        var elements = document.All.ToList();
        var scripts = elements.Where(e => e.LocalName == "script").ToList();
        Assert.All(scripts, script => Assert.Equal("application/ld+json", script.GetAttribute("type")));
        Assert.All(scripts, script => Assert.DoesNotContain('<', script.TextContent));
        Assert.All(scripts, script => JsonDocument.Parse(script.TextContent).Dispose());
        Assert.Equal(scripts.Count, CountOf(raw, "<script"));
        Assert.DoesNotContain(elements, e => e.LocalName is "img" or "iframe" or "object" or "embed" or "base" or "frame");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var address in elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "action" or "formaction"))
        {
            var resolved = new Url(new Url("https://archive.example/"), address.Value);
            Assert.True(AllowedSchemes.Contains(resolved.Scheme), $"'{address.Value}' resolves to the scheme '{resolved.Scheme}'");
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    /// <summary>The site, built at start-up from a folder holding only the crafted report and the correction that gives its speaker the hostile name.</summary>
    public sealed class PayloadSite : IDisposable
    {
        private readonly TempFolder _seeds = new();

        public PayloadSite()
        {
            File.WriteAllText(_seeds.File("payload.txt"), $"date 2024-03-15\n{Headline}\n\n{string.Join("\n\n", Paragraphs)}\n");
            File.WriteAllText(_seeds.File("overrides.json"), JsonSerializer.Serialize(new
            {
                people = new[] { new { name = "Tran Van Binh", displayName = PersonName } },
            }));
            Factory = new ArchiveWebFactory { SeedsPath = _seeds.Path };
        }

        public ArchiveWebFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _seeds.Dispose();
        }
    }
}
