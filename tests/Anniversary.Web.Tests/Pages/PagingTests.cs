using System.Text.Json;
using System.Text.RegularExpressions;
using Anniversary.Archive.Corpus;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <summary>
/// Long lists come a page at a time, so a page stays small at any archive size; following the pages
/// shows every item exactly once.
/// </summary>
public sealed partial class PagingTests : IClassFixture<PagingTests.LargeSite>
{
    private readonly HttpClient _client;

    public PagingTests(LargeSite site) => _client = site.CreateClient();

    [Fact]
    public async Task The_home_page_shows_twenty_articles_and_its_pages_show_every_article_once()
    {
        var seen = new List<string>();
        var url = "/";
        var pages = 0;
        while (url is not null && pages++ < 20)
        {
            var html = await _client.GetStringAsync(url);
            var titles = ArticleLinks().Matches(html).Select(m => m.Groups["href"].Value).ToList();
            Assert.InRange(titles.Count, 1, 20);
            seen.AddRange(titles);
            url = NextLink().Match(html) is { Success: true } next ? System.Net.WebUtility.HtmlDecode(next.Groups["href"].Value) : null;
        }

        Assert.Equal(LargeSite.Articles, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_api_lists_articles_a_page_at_a_time_with_the_total_and_links_to_the_next_page()
    {
        var response = await _client.GetAsync("/api/articles");
        var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(LargeSite.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(100, first.GetArrayLength());
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("rel=\"next\"", link);
        Assert.DoesNotContain("rel=\"prev\"", link);

        var second = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?page=2")).RootElement;
        Assert.Equal(LargeSite.Articles - 100, second.GetArrayLength());
        var slugs = first.EnumerateArray().Concat(second.EnumerateArray()).Select(a => a.GetProperty("slug").GetString()).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1e9")]
    public async Task An_unusable_page_number_is_the_first_page(string page)
    {
        var first = await _client.GetStringAsync("/api/articles");
        var asked = await _client.GetStringAsync("/api/articles?page=" + Uri.EscapeDataString(page));

        Assert.Equal(first, asked);
    }

    [Theory]
    [InlineData("/?page=999999999")]
    [InlineData("/timeline?page=99999")]
    [InlineData("/people?page=99999")]
    [InlineData("/dates/2000?page=99999")]
    public async Task A_page_past_the_end_is_an_ordinary_page_that_leads_back_to_the_last_page(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var notice = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".pager-past")!;
        var last = System.Net.WebUtility.HtmlDecode(notice.QuerySelector("a")!.GetAttribute("href")!);
        var lastPage = await _client.GetDocumentAsync(last);
        Assert.Null(lastPage.QuerySelector(".pager-past"));
        Assert.NotEmpty(lastPage.QuerySelectorAll("main li"));
    }

    [Fact]
    public async Task The_timeline_shows_fifty_events_a_page_with_only_their_historical_context()
    {
        var html = await _client.GetStringAsync("/timeline");

        Assert.Equal(50, EventCards().Matches(html).Count);
        Assert.Matches(NextLink(), html);
        var second = await _client.GetStringAsync("/timeline?page=2");
        Assert.InRange(EventCards().Matches(second).Count, 1, 50);
    }

    [Fact]
    public async Task A_person_page_shows_one_page_of_statements_and_the_pages_hold_all_of_them()
    {
        var people = JsonDocument.Parse(await _client.GetStringAsync("/api/people")).RootElement;
        var busiest = people.EnumerateArray().MaxBy(p => p.GetProperty("statements").GetInt32());
        var slug = busiest.GetProperty("slug").GetString();
        var expected = busiest.GetProperty("statements").GetInt32();

        var statements = 0;
        for (var page = 1; page <= 20; page++)
        {
            var person = JsonDocument.Parse(await _client.GetStringAsync($"/api/people/{slug}?page={page}")).RootElement;
            Assert.Equal(expected, person.GetProperty("statementCount").GetInt32());
            var count = person.GetProperty("statements").GetArrayLength();
            Assert.InRange(count, 0, 100);
            statements += count;
            if (count == 0)
            {
                break;
            }
        }

        Assert.Equal(expected, statements);
    }

    [Fact]
    public async Task A_speakers_feed_quotes_what_they_said_in_each_article_it_lists()
    {
        var people = JsonDocument.Parse(await _client.GetStringAsync("/api/people")).RootElement;
        var slug = people.EnumerateArray().MaxBy(p => p.GetProperty("statements").GetInt32()).GetProperty("slug").GetString();
        var said = new Dictionary<string, List<string>>();
        for (var page = 1; page <= 20; page++)
        {
            var statements = JsonDocument.Parse(await _client.GetStringAsync($"/api/people/{slug}?page={page}")).RootElement.GetProperty("statements");
            foreach (var statement in statements.EnumerateArray())
            {
                var article = statement.GetProperty("article").GetString()!;
                said.TryAdd(article, []);
                said[article].Add(statement.GetProperty("text").GetString()!);
            }

            if (statements.GetArrayLength() == 0)
            {
                break;
            }
        }

        var feed = System.Xml.Linq.XDocument.Parse(await _client.GetStringAsync($"/people/{slug}/feed.atom"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var article = entry.Elements(atom + "link").First().Attribute("href")!.Value.Split('/')[^1];
            if (said.TryGetValue(article, out var texts))
            {
                Assert.Contains(texts[0], entry.Element(atom + "content")!.Value);
            }
        }

        Assert.Contains(entries, e => said.ContainsKey(e.Elements(atom + "link").First().Attribute("href")!.Value.Split('/')[^1]));
    }

    [GeneratedRegex("""<h3 class="article-card__title"><a href="(?<href>[^"]+)">""")]
    private static partial Regex ArticleLinks();

    [GeneratedRegex("""<a rel="next" href="(?<href>[^"]+)">""")]
    private static partial Regex NextLink();

    [GeneratedRegex("""<article class="event-card" """)]
    private static partial Regex EventCards();

    /// <summary>The seeds and 150 generated reports: more than a page of everything.</summary>
    public sealed class LargeSite : IDisposable
    {
        public const int Articles = 152;

        private readonly TempFolder _seeds = new();
        private readonly ArchiveWebFactory _factory;

        public LargeSite()
        {
            new SyntheticCorpus(seed: 11).WriteTo(_seeds.Path, Articles - 2);
            foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
            {
                File.Copy(seed, Path.Combine(_seeds.Path, Path.GetFileName(seed)));
            }

            _factory = new ArchiveWebFactory { SeedsPath = _seeds.Path };
        }

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose()
        {
            _factory.Dispose();
            _seeds.Dispose();
        }
    }
}
