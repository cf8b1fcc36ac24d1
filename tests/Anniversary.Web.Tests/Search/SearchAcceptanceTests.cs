using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Search;

/// <summary>The search feature's acceptance criteria on the two seeds, through /api/search, /search and /search.atom.</summary>
/// <remarks>Runs on both engines: <see cref="SearchAcceptanceOnSqlite"/> and <see cref="SearchAcceptanceOnPostgres"/>.</remarks>
public abstract class SearchAcceptanceTests(ArchiveWebFactory factory)
{
    private const string Ceremony = "hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory";
    private const string Gathering = "ha-noi-meeting-marks-45-years-since-victory-of-southwestern-border-defence";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Khai_finds_Le_Minh_Khais_seven_statements_before_anything_else()
    {
        var hits = await AllHitsAsync("q=khai");

        Assert.Equal(7, hits.Count(h => h.Type == "statement"));
        Assert.All(hits.Take(7), h =>
        {
            Assert.Equal("statement", h.Type);
            Assert.Equal("le-minh-khai", h.Person);
        });
        Assert.DoesNotContain(hits.Skip(7), h => h.Type == "statement");
    }

    [Theory]
    [InlineData("Lê Kim Anh")]
    [InlineData("LE KIM ANH")]
    [InlineData("le kim anh")]
    public async Task A_name_finds_the_same_results_with_or_without_accents_in_any_case(string spelling)
    {
        var plain = await AllHitsAsync("q=" + Uri.EscapeDataString("Le Kim Anh"));
        var other = await AllHitsAsync("q=" + Uri.EscapeDataString(spelling));

        Assert.Contains(plain, h => h is { Type: "statement", Person: "le-kim-anh", Article: Gathering, Paragraph: 3 });
        Assert.Equal(plain.Select(Key), other.Select(Key));
    }

    [Theory]
    [InlineData("Hanoi")]
    [InlineData("Ha Noi")]
    [InlineData("Hà Nội")]
    [InlineData("HÀ NỘI")]
    public async Task Any_spelling_of_Hanoi_finds_both_articles(string spelling)
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString(spelling));

        Assert.Contains(hits, h => h.Type == "article" && h.Article == Ceremony);
        Assert.Contains(hits, h => h.Type == "article" && h.Article == Gathering);
        Assert.Equal((await AllHitsAsync("q=Hanoi")).Select(Key), hits.Select(Key));
    }

    [Fact]
    public async Task January_6_finds_the_article_of_January_6_first()
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString("January 6"));

        Assert.NotEmpty(hits);
        var first = hits[0];
        Assert.Equal("article", first.Type);
        Assert.Equal(Gathering, first.Article);
        Assert.Equal("2024-01-06", first.Date);
    }

    [Fact]
    public async Task A_date_filter_keeps_only_results_from_the_article_of_that_day()
    {
        var hits = await AllHitsAsync("date=2024-01-07");

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Equal(Ceremony, h.Article);
            Assert.Equal("2024-01-07", h.Date);
        });
    }

    [Fact]
    public async Task A_speaker_filter_gives_exactly_that_speakers_statements()
    {
        var hits = await AllHitsAsync("speaker=neth-savoeun");

        Assert.Equal(4, hits.Count);
        Assert.All(hits, h =>
        {
            Assert.Equal("statement", h.Type);
            Assert.Equal("neth-savoeun", h.Person);
            Assert.Equal(Ceremony, h.Article);
        });
        Assert.Equal([11, 12, 13, 14], hits.Select(h => h.Paragraph!.Value).Order());
    }

    [Fact]
    public async Task A_quoted_phrase_finds_only_the_gathering_where_gifts_were_given()
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString("\"gift packages\""));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(Gathering, h.Article));
        Assert.Contains(hits, h => h.Paragraph == 7 && Marks(h.Snippet).SequenceEqual(["gift packages"]));
    }

    [Fact]
    public async Task A_year_finds_exactly_the_four_paragraphs_that_mention_January_7_1979()
    {
        var hits = await AllHitsAsync("q=1979");

        Assert.Equal(
            [(Gathering, 1), (Gathering, 5), (Ceremony, 1), (Ceremony, 7)],
            hits.Select(h => (h.Article, h.Paragraph ?? 0)).OrderBy(h => h.Article, StringComparer.Ordinal).ThenBy(h => h.Item2));
        foreach (var hit in hits)
        {
            Assert.Contains("January 7, 1979", await TextOfAsync(hit));
        }
    }

    [Theory]
    [InlineData("q=1979", "January 7, 1979")]
    [InlineData("q=7%2F1%2F1979", "January 7, 1979")]
    [InlineData("q=January+1979", "January 7, 1979")]
    [InlineData("q=January+7", "January 7")]
    [InlineData("q=2024-01-06", "January 6")]
    public async Task A_date_search_marks_the_dates_that_answer_it_as_written(string query, string written)
    {
        var hits = await AllHitsAsync(query);

        var mentioning = hits.Where(h => h.Paragraph is not null).ToList();
        Assert.NotEmpty(mentioning);
        Assert.All(mentioning, h => Assert.Contains(Marks(h.Snippet), mark => mark.StartsWith(written, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_day_searched_without_a_year_is_marked_where_the_report_writes_it_without_one()
    {
        var hits = await AllHitsAsync("q=January+7");

        var lead = Assert.Single(hits, h => h.Article == Ceremony && h.Paragraph == 1);
        Assert.Contains("January 7", Marks(lead.Snippet));
    }

    [Fact]
    public async Task A_date_search_marks_no_other_date()
    {
        var hits = await AllHitsAsync("q=1979");

        Assert.All(hits.SelectMany(h => Marks(h.Snippet)), mark => Assert.Equal("January 7, 1979", mark));
    }

    [Fact]
    public async Task An_excluded_word_removes_every_result_that_contains_it()
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString("Pol Pot -Ieng"));

        Assert.NotEmpty(hits);
        Assert.DoesNotContain((Gathering, 4), hits.Select(h => (h.Article, h.Paragraph ?? 0)));
        foreach (var hit in hits)
        {
            var text = await TextOfAsync(hit);
            Assert.Contains("Pol Pot", text);
            Assert.DoesNotContain("Ieng", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(await AllHitsAsync("q=" + Uri.EscapeDataString("Pol Pot")), h => h.Article == Gathering && h.Paragraph == 4);
    }

    [Fact]
    public async Task An_excluded_year_removes_the_results_that_mention_it()
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString("khai -1979"));

        Assert.NotEmpty(hits);
        Assert.DoesNotContain((Ceremony, 7), hits.Select(h => (h.Article, h.Paragraph ?? 0)));
        foreach (var hit in hits)
        {
            Assert.DoesNotContain("1979", await TextOfAsync(hit));
        }
    }

    [Fact]
    public async Task A_snippet_marks_the_words_as_published_whatever_the_spelling_searched()
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString("ha noi"));

        Assert.Contains(hits, h => Marks(h.Snippet).Contains("Hà Nội"));
        Assert.Contains(hits, h => Marks(h.Snippet).Contains("Hanoi"));
        Assert.All(hits, h => Assert.All(Marks(h.Snippet), m => Assert.Contains(m, new[] { "Hà Nội", "HÀ NỘI", "Hanoi" })));
    }

    [Theory]
    [InlineData("ha noi")]
    [InlineData("Le Kim Anh")]
    [InlineData("country sovereignty")]
    [InlineData("\"Women’s Union\"")]
    [InlineData("1979")]
    public async Task A_snippet_is_the_published_text_encoded_with_only_mark_elements_added(string query)
    {
        var hits = await AllHitsAsync("q=" + Uri.EscapeDataString(query));

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var withoutMarks = hit.Snippet.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty);
            Assert.DoesNotContain('<', withoutMarks);
            Assert.DoesNotContain('>', withoutMarks);
            Assert.DoesNotContain("'", withoutMarks);

            var fragment = Html.Parse($"<p>{hit.Snippet}</p>").QuerySelector("p")!;
            Assert.All(fragment.QuerySelectorAll("*"), e =>
            {
                Assert.Equal("mark", e.LocalName);
                Assert.Empty(e.Attributes);
                Assert.Empty(e.Children);
            });
            var shown = fragment.TextContent.Trim().TrimStart('…').TrimEnd('…').Trim();
            Assert.Contains(shown, await TextOfAsync(hit));
        }
    }

    [Fact]
    public async Task The_page_keeps_the_query_in_the_header_box_and_the_page_box()
    {
        const string query = "\"gift packages\" -Ieng <b>&amp; 'x'";

        var document = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(query, document.QuerySelector("#site-search")!.GetAttribute("value"));
        Assert.Equal(query, document.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Empty(document.QuerySelectorAll("main b"));
    }

    [Fact]
    public async Task The_page_lists_the_same_results_as_the_api_in_the_same_order()
    {
        var api = await PageOfHitsAsync("q=khai");
        var document = await _client.GetDocumentAsync("/search?q=khai");

        Assert.Equal($"{api.Total} results", document.QuerySelector("#results-title")!.TextContent.Trim());
        Assert.Equal(api.Hits.Select(h => h.Url), document.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")));
        Assert.Equal(7, document.QuerySelectorAll(".hit__speaker a[href='/people/le-minh-khai']").Length);
        Assert.All(document.QuerySelectorAll(".hit__snippet"), s => Assert.All(s.QuerySelectorAll("*"), e => Assert.Equal("mark", e.LocalName)));
    }

    [Fact]
    public async Task A_plain_search_shows_no_notice()
    {
        var document = await _client.GetDocumentAsync("/search?q=khai");

        Assert.Empty(document.QuerySelectorAll(".notice").Select(n => n.TextContent.Trim()));
    }

    [Fact]
    public async Task Pagination_links_lead_through_every_page_of_results()
    {
        const string query = "q=the";
        var total = (await PageOfHitsAsync(query)).Total;
        var lastPage = (total + 9) / 10;
        Assert.True(lastPage >= 3, $"the seeds should give 'the' at least three pages; they give {total} results");

        var url = "/search?" + query;
        var seen = new List<string>();
        for (var page = 1; page <= lastPage; page++)
        {
            var document = await _client.GetDocumentAsync(url);
            var pager = document.QuerySelector("nav.pager");
            Assert.True(pager is not null, $"page {page} has no pager");
            Assert.Contains($"Page {page} of {lastPage}", pager.TextContent);
            Assert.Equal(((page - 1) * 10 + 1).ToString(), document.QuerySelector("ol.hit-list")!.GetAttribute("start"));

            var links = document.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal((await PageOfHitsAsync($"{query}&page={page}")).Hits.Select(h => h.Url), links);
            seen.AddRange(links.Select(l => $"{page}:{l}"));

            Assert.Equal(page > 1, pager.QuerySelector("a[rel=prev]") is not null);
            var next = pager.QuerySelector("a[rel=next]");
            Assert.Equal(page < lastPage, next is not null);
            if (next is not null)
            {
                url = next.GetAttribute("href")!;
                Assert.StartsWith("/search?", url);
                Assert.Contains($"page={page + 1}", url);
            }
        }

        Assert.Equal(total, seen.Count);
    }

    [Fact]
    public async Task Facets_give_kinds_speakers_and_dates_with_counts_and_an_accessible_chart_with_a_text_list()
    {
        var api = await GetJsonAsync("/api/search?q=khai");
        var facets = api.GetProperty("facets");
        Assert.Contains(facets.GetProperty("kinds").EnumerateArray(), k => k.GetProperty("count").GetInt32() == 7);
        var speaker = Assert.Single(facets.GetProperty("speakers").EnumerateArray());
        Assert.Equal(("le-minh-khai", 7), (speaker.GetProperty("person").GetString(), speaker.GetProperty("count").GetInt32()));
        var month = Assert.Single(facets.GetProperty("dates").EnumerateArray());
        // The seven statements; the article they are in is counted among the kinds (kind=articles lists it) but not listed again beside them.
        Assert.Equal(("2024-01", 7), (month.GetProperty("month").GetString(), month.GetProperty("count").GetInt32()));

        var document = await _client.GetDocumentAsync("/search?q=khai");
        var aside = document.QuerySelector("aside.facets")!;
        var sections = aside.QuerySelectorAll("section").ToDictionary(s => s.QuerySelector("h3")!.TextContent.Trim(), s => s);

        Assert.Equal(["Articles (1)", "Statements (7)"], Items(sections["Kind"]).Order(StringComparer.Ordinal));
        Assert.Equal(["Le Minh Khai (7)"], Items(sections["Speakers"]));
        Assert.Equal("/search?q=khai&speaker=le-minh-khai", sections["Speakers"].QuerySelector("a")!.GetAttribute("href"));

        var dates = sections.Single(s => s.Value.QuerySelector("svg") is not null).Value;
        Assert.Equal(["Jan 2024 (7)"], Items(dates));
        var svg = dates.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var name = string.Join(' ', (svg.GetAttribute("aria-labelledby") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => document.GetElementById(id)?.TextContent.Trim()));
        name = string.IsNullOrWhiteSpace(name) ? svg.GetAttribute("aria-label") : name;
        Assert.False(string.IsNullOrWhiteSpace(name), "the chart has no accessible name");
        Assert.Equal(Items(dates).Count, svg.QuerySelectorAll("rect").Length);
    }

    [Fact]
    public async Task A_near_miss_with_no_results_suggests_the_person_it_nearly_names()
    {
        var document = await _client.GetDocumentAsync("/search?q=Khia");

        Assert.Equal("0 results", document.QuerySelector("#results-title")!.TextContent.Trim());
        var suggestion = document.QuerySelector(".did-you-mean");
        Assert.NotNull(suggestion);
        Assert.StartsWith("Did you mean", suggestion.TextContent.Trim());
        var link = suggestion.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Le Minh Khai");

        var followed = await _client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal("Le Minh Khai", followed.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Contains(followed.QuerySelectorAll(".hit__speaker a"), a => a.GetAttribute("href") == "/people/le-minh-khai");
    }

    [Fact]
    public async Task The_feed_is_well_formed_atom_with_one_entry_per_result()
    {
        var api = await AllHitsAsync("q=hanoi");
        using var response = await _client.GetAsync("/search.atom?q=hanoi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);

        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(api.Count, entries.Count);
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _), "an entry has no valid <updated>");
            var href = entry.Element(Atom + "link")?.Attribute("href")?.Value;
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out _), $"an entry links to '{href}'");
        }

        Assert.Equal(
            api.Select(h => h.Url).Order(StringComparer.Ordinal),
            entries.Select(e => new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value).PathAndQuery + new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value).Fragment)
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_feed_entry_gives_the_snippet_as_plain_text_without_markup_or_entities()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/search.atom?q=" + Uri.EscapeDataString("Le Kim Anh"))).Root!;

        var contents = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "content")?.Value ?? e.Element(Atom + "summary")?.Value ?? string.Empty).ToList();
        Assert.NotEmpty(contents);
        Assert.All(contents, c =>
        {
            Assert.StartsWith("Lê Kim Anh, President of the Hanoi Women’s Union", c);
            Assert.DoesNotContain("&#", c);
            Assert.DoesNotContain("&amp;", c);
            Assert.DoesNotContain("<mark>", c);
        });
    }

    [Theory]
    [InlineData("%EF%BF%BF")]
    [InlineData("%EF%BF%BE")]
    [InlineData("%01%02%1B")]
    [InlineData("%3Cmark%3E%26amp%3B%5D%5D%3E")]
    [InlineData("%ED%A0%80")]
    public async Task The_feed_stays_well_formed_for_hostile_queries(string encodedQuery)
    {
        HttpStatusCode status;
        string body;
        try
        {
            using var response = await _client.GetAsync("/search.atom?q=" + encodedQuery);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            Assert.Fail($"the feed for q={encodedQuery} broke off after it had begun: {exception.InnerException?.InnerException?.Message ?? exception.Message}");
            return;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Atom + "feed", ParseXml(body, encodedQuery).Root!.Name);
    }

    private static XDocument ParseXml(string body, string query)
    {
        try
        {
            return XDocument.Parse(body);
        }
        catch (XmlException exception)
        {
            Assert.Fail($"the feed for q={query} is not well-formed XML: {exception.Message}");
            throw;
        }
    }

    private static (string, string, int?, string?) Key(Hit hit) => (hit.Type, hit.Article, hit.Paragraph, hit.Person);

    private static List<string> Items(IElement section) =>
        section.QuerySelectorAll("li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

    /// <summary>The text of each <c>mark</c> in a snippet, decoded.</summary>
    private static List<string> Marks(string snippet) =>
        Html.Parse($"<p>{snippet}</p>").QuerySelectorAll("mark").Select(m => m.TextContent).ToList();

    /// <summary>What a hit stands for, as published: its paragraph, or for an article all of its text and people.</summary>
    private async Task<string> TextOfAsync(Hit hit)
    {
        var article = await GetJsonAsync("/api/articles/" + hit.Article);
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToDictionary(p => p.GetProperty("index").GetInt32(), p => p.GetProperty("text").GetString()!);
        if (hit.Paragraph is { } number)
        {
            return paragraphs[number];
        }

        return string.Join('\n', [
            article.GetProperty("title").GetString()!,
            article.GetProperty("standfirst").GetString() ?? string.Empty,
            .. paragraphs.Values,
            .. article.GetProperty("captions").EnumerateArray().Select(c => c.GetProperty("text").GetString()!),
            .. article.GetProperty("people").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("role").GetString()}"),
        ]);
    }

    private async Task<List<Hit>> AllHitsAsync(string query)
    {
        var hits = new List<Hit>();
        for (var page = 1; ; page++)
        {
            var (total, pageHits) = await PageOfHitsAsync($"{query}&page={page}");
            hits.AddRange(pageHits);
            if (pageHits.Count == 0 || hits.Count >= total)
            {
                Assert.Equal(total, hits.Count);
                return hits;
            }
        }
    }

    private async Task<(int Total, List<Hit> Hits)> PageOfHitsAsync(string query)
    {
        var json = await GetJsonAsync("/api/search?" + query);
        Assert.Empty(json.GetProperty("notices").EnumerateArray());
        var hits = json.GetProperty("results").EnumerateArray().Select(r => new Hit(
            r.GetProperty("type").GetString()!,
            r.GetProperty("article").GetString()!,
            r.GetProperty("paragraph").ValueKind == JsonValueKind.Null ? null : r.GetProperty("paragraph").GetInt32(),
            r.GetProperty("person").GetString(),
            r.GetProperty("date").GetString()!,
            r.GetProperty("snippet").GetString()!,
            r.GetProperty("url").GetString()!)).ToList();
        return (json.GetProperty("total").GetInt32(), hits);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private sealed record Hit(string Type, string Article, int? Paragraph, string? Person, string Date, string Snippet, string Url);
}

[Collection(SeededSiteCollection.Name)]
public sealed class SearchAcceptanceOnSqlite(ArchiveWebFactory factory) : SearchAcceptanceTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class SearchAcceptanceOnPostgres(PostgresArchiveWebFactory factory) : SearchAcceptanceTests(factory);
