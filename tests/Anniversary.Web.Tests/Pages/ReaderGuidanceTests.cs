using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <summary>What the site tells a reader whose request cannot be answered as asked, and the filters it applies, in plain words.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class ReaderGuidanceTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_api_refuses_a_bad_page_number_without_claiming_to_show_a_page()
    {
        using var response = await _client.GetAsync("/api/search?q=khai&page=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("page number must be a whole number from 1", detail);
        Assert.DoesNotContain("shown", detail);
    }

    [Fact]
    public async Task The_page_says_what_it_does_instead_of_a_bad_page_number()
    {
        var document = await _client.GetDocumentAsync("/search?q=khai&page=0");

        Assert.Contains(document.QuerySelectorAll(".notice"), n => n.TextContent.Contains("the first page is shown"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("OR OR")]
    [InlineData("(")]
    [InlineData("^")]
    [InlineData("\"")]
    public async Task A_search_of_signs_only_says_there_is_nothing_to_search_for(string query)
    {
        var document = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(document.QuerySelectorAll(".notice"), n => n.TextContent.Contains("nothing to search for"));
        Assert.Equal(query, document.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Control_characters_reach_neither_the_search_boxes_nor_the_title()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("khai\0\u0001"));
        var document = Html.Parse(html);

        Assert.DoesNotContain("&#x0;", html);
        Assert.DoesNotContain("&#x1;", html);
        Assert.All(new[] { "#site-search", "#search-q" }, box => Assert.Equal("khai", document.QuerySelector(box)!.GetAttribute("value")!.Trim()));
        Assert.Equal(7, document.QuerySelectorAll(".hit__speaker a[href='/people/le-minh-khai']").Length);
    }

    [Fact]
    public async Task A_speaker_filter_is_shown_with_its_person_and_a_link_that_drops_it()
    {
        var document = await _client.GetDocumentAsync("/search?q=pol+pot&speaker=le-minh-khai");

        var filter = document.QuerySelector(".active-filter")!;
        Assert.Contains("Only statements by Le Minh Khai", filter.TextContent);
        var links = filter.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/people/le-minh-khai", "/search?q=pol%20pot"], links);
    }

    [Fact]
    public async Task A_filtered_search_that_finds_nothing_offers_to_drop_the_filters_not_other_names()
    {
        var document = await _client.GetDocumentAsync("/search?q=pol+pot&speaker=le-kim-anh");

        Assert.Equal("0 results", document.QuerySelector("#results-title")!.TextContent.Trim());
        Assert.Null(document.QuerySelector(".did-you-mean"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.TextContent.Contains("Search again without filters"));
    }

    [Fact]
    public async Task A_search_without_a_speaker_filter_shows_none()
    {
        var document = await _client.GetDocumentAsync("/search?q=pol+pot");

        Assert.Null(document.QuerySelector(".active-filter"));
    }

    [Fact]
    public async Task An_empty_feed_is_dated_when_it_was_made()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        var feed = XDocument.Parse(await _client.GetStringAsync("/search.atom?q=zzzznothing"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Empty(feed.Root!.Elements(atom + "entry"));
        Assert.InRange(DateTimeOffset.Parse(feed.Root.Element(atom + "updated")!.Value), before, DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Theory]
    [InlineData("/?page=2")]
    [InlineData("/people?page=2")]
    [InlineData("/timeline?page=2")]
    public async Task A_list_page_past_the_end_says_so_and_links_to_the_last_page(string url)
    {
        var document = await _client.GetDocumentAsync(url);

        var notice = document.QuerySelector(".pager-past")!;
        Assert.Contains("Page 2 is past the end of this list, which has 1 page", notice.TextContent);
        Assert.DoesNotContain("Page 2 of 1", document.Body!.TextContent);
        var link = notice.QuerySelector("a")!.GetAttribute("href")!;
        Assert.DoesNotContain("page=", link);
    }

    [Fact]
    public async Task A_timeline_page_past_the_end_has_no_empty_historical_context()
    {
        var document = await _client.GetDocumentAsync("/timeline?page=3");

        Assert.Null(document.GetElementById("context-title"));
        Assert.NotNull((await _client.GetDocumentAsync("/timeline")).GetElementById("context-title"));
    }

    [Theory]
    [InlineData("/api/people?page=5", "/api/people")]
    [InlineData("/api/timeline?page=3", "/api/timeline")]
    public async Task An_api_page_past_the_end_links_back_to_the_last_page(string url, string last)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains($"<{last}>; rel=\"prev\"", links);
        Assert.DoesNotContain("rel=\"next\"", links);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/events/2024-01-07-ceremony-hanoi")]
    [InlineData("/events/2024-01-06-gathering-ha-noi")]
    public async Task Headings_descend_one_level_at_a_time(string url)
    {
        var document = await _client.GetDocumentAsync(url);

        var levels = document.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public async Task The_event_page_card_is_labelled_by_the_pages_own_heading()
    {
        var document = await _client.GetDocumentAsync("/events/2024-01-07-ceremony-hanoi");

        var card = document.QuerySelector(".event-card")!;
        var label = document.GetElementById(card.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("h1", label.LocalName);
    }

    [Fact]
    public async Task Historical_context_counts_whole_years_elapsed_between_dates()
    {
        var document = await _client.GetDocumentAsync("/timeline");

        var distances = document.QuerySelectorAll(".strand--context .context-date__distance").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("3 years after April 1975", distances);
        Assert.DoesNotContain("4 years after April 1975", distances);
    }
}
