using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <remarks>Runs on both engines: <see cref="PeoplePageOnSqlite"/> and <see cref="PeoplePageOnPostgres"/>.</remarks>
public abstract partial class PeoplePageTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task People_lists_the_three_speakers_before_anyone_else()
    {
        var document = await _client.GetDocumentAsync("/people");

        var names = document.QuerySelectorAll(".person-list__name").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Le Minh Khai", "Lê Kim Anh", "Neth Savoeun"], names.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Chea Kimtha", "Ieng Sary", "Nguyen Phu Trong", "Pol Pot", "Vo Van Thuong"],
            names.Skip(3).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Le Minh Khai", "/people/le-minh-khai", "Vietnamese Deputy Prime Minister")]
    [InlineData("Neth Savoeun", "/people/neth-savoeun", "Cambodian Deputy PM")]
    [InlineData("Lê Kim Anh", "/people/le-kim-anh", "President of the Hanoi Women’s Union")]
    [InlineData("Nguyen Phu Trong", "/people/nguyen-phu-trong", "Party General Secretary")]
    [InlineData("Vo Van Thuong", "/people/vo-van-thuong", "State President")]
    [InlineData("Chea Kimtha", "/people/chea-kimtha", "Cambodian Ambassador to Vietnam")]
    public async Task People_shows_each_person_with_a_link_and_their_role(string name, string url, string role)
    {
        var document = await _client.GetDocumentAsync("/people");

        var item = document.QuerySelectorAll(".person-list__item").Single(i => i.QuerySelector(".person-list__name")!.TextContent.Trim() == name);
        Assert.Equal(url, item.QuerySelector(".person-list__name")!.GetAttribute("href"));
        Assert.Contains(role, item.QuerySelector(".person-list__role")!.TextContent);
    }

    [Theory]
    [InlineData("/people/neth-savoeun", SeedArticles.CeremonyUrl, new[] { 11, 12, 13, 14 })]
    [InlineData("/people/le-minh-khai", SeedArticles.CeremonyUrl, new[] { 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("/people/le-kim-anh", SeedArticles.GatheringUrl, new[] { 3 })]
    public async Task A_speakers_page_shows_exactly_their_statements_each_linking_to_the_paragraph_it_quotes(
        string url, string articleUrl, int[] paragraphs)
    {
        var document = await _client.GetDocumentAsync(url);

        var statements = document.QuerySelectorAll(".statement").ToList();
        Assert.Equal(paragraphs.Length, statements.Count);
        var links = statements.Select(s => s.QuerySelector(".statement__source a")!.GetAttribute("href")!).ToList();
        Assert.Equal(paragraphs.Select(n => $"{articleUrl}#p-{n}"), links);
        foreach (var (statement, link) in statements.Zip(links))
        {
            var paragraph = await _client.GetParagraphAsync(link);
            Assert.Equal(paragraph.TextContent, statement.QuerySelector(".statement__text")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Neth_Savoeuns_page_shows_his_role_country_and_the_ceremony_he_spoke_at()
    {
        var document = await _client.GetDocumentAsync("/people/neth-savoeun");

        Assert.Equal("Neth Savoeun", document.QuerySelector("h1")!.TextContent.Trim());
        var facts = document.QuerySelector(".person-facts")!.TextContent;
        Assert.Contains("Cambodian Deputy PM", facts);
        Assert.Contains("Cambodia", facts);
        Assert.Contains("speaker", facts);

        var events = document.QuerySelectorAll("section[aria-labelledby=events] li").ToList();
        var ceremony = Assert.Single(events);
        Assert.Equal("/events/2024-01-07-ceremony-hanoi", ceremony.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2024-01-07", ceremony.QuerySelector("time")!.GetAttribute("datetime"));
        var page = await _client.GetDocumentAsync("/events/2024-01-07-ceremony-hanoi");
        Assert.Equal("Ceremony in Hanoi", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Pol_Pots_page_has_no_statements()
    {
        var document = await _client.GetDocumentAsync("/people/pol-pot");

        Assert.Equal("Pol Pot", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll(".statement"));
        Assert.Contains("No paragraph of the archive is attributed to Pol Pot", Collapse(document.QuerySelector("section[aria-labelledby=statements]")!.TextContent));
        Assert.Contains("mentioned", document.QuerySelector(".person-facts")!.TextContent);
        Assert.Equal(
            [SeedArticles.CeremonyUrl, SeedArticles.GatheringUrl],
            document.QuerySelectorAll("section[aria-labelledby=articles] a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/people/no-such-person")]
    [InlineData("/people/NETH-SAVOEUN-X")]
    public async Task An_unknown_person_is_404(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not in the archive", document.QuerySelector("h1")!.TextContent);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

[Collection(SeededSiteCollection.Name)]
public sealed class PeoplePageOnSqlite(ArchiveWebFactory factory) : PeoplePageTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class PeoplePageOnPostgres(PostgresArchiveWebFactory factory) : PeoplePageTests(factory);
