using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <remarks>Runs on both engines: <see cref="ArticleSidePanelOnSqlite"/> and <see cref="ArticleSidePanelOnPostgres"/>.</remarks>
public abstract partial class ArticleSidePanelTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_ceremony_reports_panel_links_its_event()
    {
        var aside = await SidePanelAsync(SeedArticles.CeremonyUrl);

        var link = Assert.Single(Section(aside, "Event")!.QuerySelectorAll("a"));
        Assert.Equal("/events/2024-01-07-ceremony-hanoi", link.GetAttribute("href"));
        Assert.Equal("Ceremony in Hanoi", link.TextContent.Trim());
        Assert.Equal("2024-01-07", Section(aside, "Event")!.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task The_ceremony_reports_panel_groups_speakers_quoted_present_and_mentioned()
    {
        var aside = await SidePanelAsync(SeedArticles.CeremonyUrl);

        Assert.Equal(["Event", "Speakers", "Quoted", "Present", "Mentioned"], aside.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(["/people/le-minh-khai", "/people/neth-savoeun"], People(aside, "Speakers"));
        Assert.Equal(["/people/nguyen-phu-trong"], People(aside, "Quoted"));
        Assert.Equal(["/people/vo-van-thuong"], People(aside, "Present"));
        Assert.Equal(["/people/pol-pot"], People(aside, "Mentioned"));

        var speakers = Section(aside, "Speakers")!.QuerySelectorAll("li").ToList();
        Assert.Equal(["Le Minh Khai", "Neth Savoeun"], speakers.Select(s => s.QuerySelector("a")!.TextContent.Trim()));
        Assert.Equal("Vietnamese Deputy Prime Minister", speakers[0].QuerySelector(".people-list__role")!.TextContent.Trim());
        Assert.Equal("Cambodian Deputy PM", speakers[1].QuerySelector(".people-list__role")!.TextContent.Trim());
    }

    [Fact]
    public async Task Each_speaker_in_the_panel_links_the_paragraphs_they_said()
    {
        var aside = await SidePanelAsync(SeedArticles.CeremonyUrl);

        var speakers = Section(aside, "Speakers")!.QuerySelectorAll("li").ToList();
        Assert.Equal(Anchors(4, 10), speakers[0].QuerySelectorAll("a[href^='#p-']").Select(a => a.GetAttribute("href")));
        Assert.Equal(Anchors(11, 14), speakers[1].QuerySelectorAll("a[href^='#p-']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_gathering_reports_panel_has_its_speaker_present_and_mentioned_and_no_quoted()
    {
        var aside = await SidePanelAsync(SeedArticles.GatheringUrl);

        Assert.Equal(["Event", "Speakers", "Present", "Mentioned"], aside.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("/events/2024-01-06-gathering-ha-noi", Section(aside, "Event")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["/people/le-kim-anh"], People(aside, "Speakers"));
        Assert.Equal(["#p-3"], Section(aside, "Speakers")!.QuerySelectorAll("a[href^='#p-']").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/people/chea-kimtha"], People(aside, "Present"));
        Assert.Equal(["/people/pol-pot", "/people/ieng-sary"], People(aside, "Mentioned"));
    }

    [Fact]
    public async Task Names_in_a_paragraph_link_to_the_peoples_pages_and_leave_its_text_unchanged()
    {
        var document = await _client.GetDocumentAsync(SeedArticles.CeremonyUrl);

        var paragraph = document.GetElementById("p-4")!;
        Assert.Equal(SeedParagraph("000_354021721e707285.txt", "Addressing the event"), paragraph.TextContent);
        var links = paragraph.QuerySelectorAll("a").ToList();
        Assert.Equal(["/people/le-minh-khai", "/people/nguyen-phu-trong"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Le Minh Khai", "Nguyen Phu Trong"], links.Select(a => a.TextContent));
    }

    [Theory]
    [InlineData(SeedArticles.CeremonyUrl, "000_354021721e707285.txt")]
    [InlineData(SeedArticles.GatheringUrl, "001_ef79043fe6377dc1.txt")]
    public async Task Every_linked_name_in_the_body_is_a_person_of_the_panel_and_linked_paragraphs_keep_the_seed_text(string url, string file)
    {
        var document = await _client.GetDocumentAsync(url);
        var panel = document.QuerySelectorAll(".article-aside a[href^='/people/']").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToHashSet();
        var seed = SeedParagraphs(file);

        var linked = document.QuerySelectorAll(".article__body p").Where(p => p.QuerySelector("a[href^='/people/']") is not null).ToList();
        Assert.NotEmpty(linked);
        foreach (var paragraph in linked)
        {
            Assert.Contains(paragraph.TextContent, seed);
            Assert.All(
                paragraph.QuerySelectorAll("a"),
                a => Assert.Contains((a.GetAttribute("href"), a.TextContent), panel));
        }
    }

    [Fact]
    public async Task A_linked_name_appears_in_every_paragraph_that_names_a_person_of_the_report()
    {
        var document = await _client.GetDocumentAsync(SeedArticles.GatheringUrl);

        Assert.Equal(["/people/chea-kimtha"], document.GetElementById("p-2")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/people/le-kim-anh"], document.GetElementById("p-3")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/people/pol-pot", "/people/ieng-sary"], document.GetElementById("p-4")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    private async Task<IElement> SidePanelAsync(string url)
    {
        var document = await _client.GetDocumentAsync(url);
        var aside = document.QuerySelector("aside.article-aside")!;
        Assert.Equal("In this report", aside.QuerySelector("h2")!.TextContent.Trim());
        return aside;
    }

    private static IElement? Section(IElement aside, string heading) =>
        aside.QuerySelectorAll("h3").SingleOrDefault(h => h.TextContent.Trim() == heading)?.ParentElement;

    private static List<string?> People(IElement aside, string heading)
    {
        var section = Section(aside, heading);
        Assert.True(section is not null, $"no '{heading}' group in the side panel");
        return section.QuerySelectorAll("li > a[href^='/people/']").Select(a => a.GetAttribute("href")).ToList();
    }

    private static IEnumerable<string> Anchors(int first, int last) => Enumerable.Range(first, last - first + 1).Select(n => $"#p-{n}");

    private static string SeedParagraph(string file, string opening) => SeedParagraphs(file).Single(p => p.StartsWith(opening, StringComparison.Ordinal));

    private static List<string> SeedParagraphs(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, file)).Replace("\r\n", "\n");
        text = DateLine().Replace(text, string.Empty, 1);
        return text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2} ")]
    private static partial Regex DateLine();
}

[Collection(SeededSiteCollection.Name)]
public sealed class ArticleSidePanelOnSqlite(ArchiveWebFactory factory) : ArticleSidePanelTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class ArticleSidePanelOnPostgres(PostgresArchiveWebFactory factory) : ArticleSidePanelTests(factory);
