using System.Net;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Search;

/// <summary>Search on the seeds' real text: English forgiven, each text listed once, kind facets that lead to what they count, an API that says when there is more.</summary>
/// <remarks>Runs on both engines: <see cref="SearchResultsPageOnSqlite"/> and <see cref="SearchResultsPageOnPostgres"/>.</remarks>
public abstract class SearchResultsPageTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_singular_finds_what_the_plural_finds_and_marks_the_words_as_written()
    {
        var singular = await ResultsAsync("q=" + Uri.EscapeDataString("volunteer soldier"));
        var plural = await ResultsAsync("q=" + Uri.EscapeDataString("volunteer soldiers"));

        Assert.True(singular.Count >= 4, $"{singular.Count} results");
        Assert.Equal(plural.Select(r => r.GetProperty("url").GetString()), singular.Select(r => r.GetProperty("url").GetString()));
        Assert.All(singular.Where(r => r.GetProperty("paragraph").ValueKind != JsonValueKind.Null), r => Assert.Contains("soldiers", Marks(r)));
    }

    [Fact]
    public async Task No_two_results_show_the_same_text()
    {
        foreach (var q in new[] { "khai", "volunteer soldiers", "\"gift packages\"", "the" })
        {
            var results = await ResultsAsync("q=" + Uri.EscapeDataString(q));
            var snippets = results.Select(r => r.GetProperty("snippet").GetString()).ToList();
            Assert.Equal(snippets.Count, snippets.Distinct().Count());
        }
    }

    [Fact]
    public async Task Each_kind_facet_links_to_a_search_listing_as_many_results_as_it_counts()
    {
        var document = await _client.GetDocumentAsync("/search?q=the");
        var kinds = document.QuerySelector("aside.facets")!.QuerySelectorAll("section")
            .Single(s => s.QuerySelector("h3")!.TextContent.Trim() == "Kind").QuerySelectorAll("li");

        Assert.Contains(kinds, li => li.TextContent.Contains("Paragraphs"));
        foreach (var item in kinds)
        {
            var link = item.QuerySelector("a")!;
            var expectedKind = link.TextContent.Trim().ToLowerInvariant();
            Assert.Contains($"kind={expectedKind}", link.GetAttribute("href"));
            var count = int.Parse(item.TextContent[(item.TextContent.LastIndexOf('(') + 1)..item.TextContent.LastIndexOf(')')]);
            var api = await GetJsonAsync("/api/search?" + link.GetAttribute("href")!.Split('?')[1]);
            Assert.Equal(count, api.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task The_api_says_more_on_every_page_before_the_last_and_truncated_only_at_the_bound()
    {
        var first = await GetJsonAsync("/api/search?q=the");
        var total = first.GetProperty("total").GetInt32();
        var lastPage = (total + first.GetProperty("pageSize").GetInt32() - 1) / first.GetProperty("pageSize").GetInt32();
        Assert.True(lastPage >= 3, $"{total} results");

        for (var page = 1; page <= lastPage; page++)
        {
            var json = page == 1 ? first : await GetJsonAsync($"/api/search?q=the&page={page}");
            Assert.Equal(page < lastPage, json.GetProperty("more").GetBoolean());
            Assert.False(json.GetProperty("truncated").GetBoolean());
        }
    }

    [Fact]
    public async Task The_form_offers_every_kind()
    {
        var document = await _client.GetDocumentAsync("/search?q=the&kind=paragraphs");

        var options = document.QuerySelectorAll("select[name=kind] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "articles", "paragraphs", "statements"], options);
        Assert.Equal("paragraphs", document.QuerySelector("select[name=kind] option[selected]")?.GetAttribute("value"));
    }

    private static List<string> Marks(JsonElement result) =>
        Html.Parse($"<p>{result.GetProperty("snippet").GetString()}</p>").QuerySelectorAll("mark").Select(m => m.TextContent).ToList();

    private async Task<List<JsonElement>> ResultsAsync(string query)
    {
        var json = await GetJsonAsync($"/api/search?{query}&page=1");
        var results = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = page == 1 ? json : await GetJsonAsync($"/api/search?{query}&page={page}");
            results.AddRange(body.GetProperty("results").EnumerateArray());
            if (!body.GetProperty("more").GetBoolean())
            {
                Assert.Equal(body.GetProperty("total").GetInt32(), results.Count);
                return results;
            }
        }
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}

[Collection(SeededSiteCollection.Name)]
public sealed class SearchResultsPageOnSqlite(ArchiveWebFactory factory) : SearchResultsPageTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class SearchResultsPageOnPostgres(PostgresArchiveWebFactory factory) : SearchResultsPageTests(factory);
