using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Anniversary.Archive.Search;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Anniversary.Web.Tests.Search;

/// <summary>
/// The search parameters are declared once (<see cref="SearchInput"/>): the page, /api/search and /search.atom
/// each honour every one of them, and the page's links write them all.
/// </summary>
[Collection(SeededSiteCollection.Name)]
public sealed class SearchParametersTests(ArchiveWebFactory factory)
{
    private const string Base = "q=the";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A valid value for each parameter that changes what a search for <see cref="Base"/> finds.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["q"] = "khai",
        ["speaker"] = "le-minh-khai",
        ["date"] = "2024-01-06",
        ["from"] = "2024-01-07",
        ["to"] = "2024-01-06",
        ["kind"] = "articles",
        ["sort"] = "oldest",
        ["page"] = "2",
    };

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Parameters => [.. SearchInput.Names];

    [Fact]
    public void The_parameters_are_named_in_the_order_published_links_write_them()
    {
        Assert.Equal(["q", "speaker", "date", "from", "to", "kind", "sort", "page"], SearchInput.Names);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task The_page_the_api_and_the_feed_each_honour_every_declared_parameter(string name)
    {
        Assert.True(Samples.TryGetValue(name, out var sample), $"the test has no sample value for the parameter '{name}'");
        var changed = QueryHelpers.ParseQuery(Base);
        changed[name] = sample;
        var query = string.Join('&', changed.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

        Assert.NotEqual(await PageResultsAsync(Base), await PageResultsAsync(query));
        Assert.NotEqual(await ApiResultsAsync(Base), await ApiResultsAsync(query));
        if (name == "page")
        {
            // A feed follows the newest results: always the first page, whatever page the search was on.
            Assert.Equal(await FeedEntriesAsync(Base), await FeedEntriesAsync(query));
        }
        else
        {
            Assert.NotEqual(await FeedEntriesAsync(Base), await FeedEntriesAsync(query));
        }
    }

    [Fact]
    public async Task The_pages_links_write_every_parameter_in_the_declared_order_whatever_order_it_was_given_in()
    {
        var given = string.Join('&', SearchInput.Names.Reverse().Select(n => $"{n}={Uri.EscapeDataString(Samples[n])}"));

        var document = await _client.GetDocumentAsync("/search?" + given);

        var feed = document.QuerySelector(".feed-link a")!.GetAttribute("href")!.Split('?');
        Assert.Equal("/search.atom", feed[0]);
        // Links lead to a search's first page, so they write every parameter but the page.
        var written = feed[1].Split('&').Select(p => p.Split('=')).Select(p => (Name: p[0], Value: Uri.UnescapeDataString(p[1]))).ToList();
        Assert.Equal(SearchInput.Names.Where(n => n != "page"), written.Select(p => p.Name));
        Assert.All(written, p => Assert.Equal(Samples[p.Name], p.Value));
    }

    /// <summary>What the page found: its heading and its results, in order; it must be a search the page takes without a notice.</summary>
    private async Task<string> PageResultsAsync(string query)
    {
        var document = await _client.GetDocumentAsync("/search?" + query);
        Assert.Empty(document.QuerySelectorAll(".notice"));
        return string.Join('\n', [
            document.QuerySelector("#results-title")!.TextContent.Trim(),
            .. document.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")),
        ]);
    }

    private async Task<string> ApiResultsAsync(string query)
    {
        using var response = await _client.GetAsync("/api/search?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/search?{query} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return string.Join('\n', [
            $"{json.RootElement.GetProperty("total").GetInt32()} results, page {json.RootElement.GetProperty("page").GetInt32()}",
            .. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()),
        ]);
    }

    private async Task<string> FeedEntriesAsync(string query)
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/search.atom?" + query)).Root!;
        return string.Join('\n', feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }
}
