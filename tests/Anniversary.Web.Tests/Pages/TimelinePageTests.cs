using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <remarks>Runs on both engines: <see cref="TimelinePageOnSqlite"/> and <see cref="TimelinePageOnPostgres"/>.</remarks>
public abstract partial class TimelinePageTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Both_events_are_listed_in_date_order_in_one_ordered_list_under_their_anniversary()
    {
        var document = await _client.GetDocumentAsync("/timeline");

        var anniversary = Assert.Single(document.QuerySelectorAll(".anniversary"));
        Assert.Equal("45th anniversary of 7 January 1979", Collapse(anniversary.QuerySelector("h3")!.TextContent));

        var events = document.QuerySelectorAll(".event-card").ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal("li", e.ParentElement!.LocalName);
            Assert.Equal("ol", e.ParentElement.ParentElement!.LocalName);
            Assert.Same(anniversary, e.Closest(".anniversary"));
        });
        Assert.Same(events[0].Closest("ol"), events[1].Closest("ol"));
        Assert.Equal(["2024-01-06", "2024-01-07"], events.Select(e => e.QuerySelector("time[datetime]")!.GetAttribute("datetime")));
        Assert.Equal(["Gathering in Hà Nội", "Ceremony in Hanoi"], events.Select(e => Collapse(e.QuerySelector("h4")!.TextContent)));
    }

    [Theory]
    [InlineData("2024-01-06", SeedArticles.GatheringUrl, SeedArticles.GatheringHeadline, new[] { "/people/le-kim-anh" }, new[] { "Lê Kim Anh" })]
    [InlineData("2024-01-07", SeedArticles.CeremonyUrl, SeedArticles.CeremonyHeadline, new[] { "/people/le-minh-khai", "/people/neth-savoeun" }, new[] { "Le Minh Khai", "Neth Savoeun" })]
    public async Task Each_event_shows_its_speakers_its_moments_and_the_article_covering_it(
        string date, string articleUrl, string headline, string[] speakerLinks, string[] speakerNames)
    {
        var card = await EventCardAsync("/timeline", date);

        var speakers = card.QuerySelectorAll(".event-card__speakers a").ToList();
        Assert.Equal(speakerLinks, speakers.Select(a => a.GetAttribute("href")));
        Assert.Equal(speakerNames, speakers.Select(a => a.TextContent.Trim()));

        var articles = card.QuerySelectorAll(".event-card__articles a").ToList();
        var article = Assert.Single(articles);
        Assert.Equal(articleUrl, article.GetAttribute("href"));
        Assert.Equal(headline, article.TextContent.Trim());

        var moments = card.QuerySelectorAll(".event-card__moments a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(moments);
        Assert.All(moments, href => Assert.Matches($"^{Regex.Escape(articleUrl)}#(p|figure)-[0-9]+$", href));
        var toParagraphs = moments.Where(href => href.Contains("#p-")).ToList();
        Assert.NotEmpty(toParagraphs);
        foreach (var href in toParagraphs)
        {
            await _client.GetParagraphAsync(href);
        }

        var page = await _client.GetDocumentAsync(articleUrl);
        foreach (var href in moments.Where(href => href.Contains("#figure-")))
        {
            var figure = page.GetElementById(href[(href.IndexOf('#') + 1)..]);
            Assert.True(figure is not null, $"{href} points at nothing");
            Assert.Equal("figure", figure.LocalName);
        }
    }

    [Fact]
    public async Task Speaker_links_open_the_speakers_pages()
    {
        var card = await EventCardAsync("/timeline", "2024-01-07");

        foreach (var link in card.QuerySelectorAll(".event-card__speakers a"))
        {
            var page = await _client.GetDocumentAsync(link.GetAttribute("href")!);
            Assert.Equal(link.TextContent.Trim(), page.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Historical_context_lists_the_recalled_dates_in_order_each_linking_to_a_paragraph_that_mentions_it()
    {
        var document = await _client.GetDocumentAsync("/timeline");

        var dates = document.QuerySelectorAll(".strand--context .timeline__item").ToList();
        Assert.Equal(
            ["1975", "1975-04", "1979-01-07", "2017-07"],
            dates.Select(d => d.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(
            ["1975", "April 1975", "7 January 1979", "July 2017"],
            dates.Select(d => d.QuerySelector("time")!.TextContent.Trim()));

        string[] written = ["1975", "April 1975", "January 7, 1979", "July 2017"];
        foreach (var (date, text) in dates.Zip(written))
        {
            var references = date.QuerySelectorAll(".context-date__references a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(references);
            foreach (var href in references)
            {
                Assert.Matches(@"^/articles/\d{4}/\d{2}/\d{2}/[a-z0-9-]+#p-\d+$", href);
                var paragraph = await _client.GetParagraphAsync(href);
                Assert.Contains(text, paragraph.TextContent);
            }
        }
    }

    [Fact]
    public async Task The_day_both_reports_recall_is_referenced_by_all_four_paragraphs_that_mention_it()
    {
        var document = await _client.GetDocumentAsync("/timeline");

        var day = document.QuerySelectorAll(".strand--context .timeline__item")
            .Single(d => d.QuerySelector("time")!.GetAttribute("datetime") == "1979-01-07");
        Assert.Equal(
            [SeedArticles.GatheringUrl + "#p-1", SeedArticles.GatheringUrl + "#p-5", SeedArticles.CeremonyUrl + "#p-1", SeedArticles.CeremonyUrl + "#p-7"],
            day.QuerySelectorAll(".context-date__references a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("Ha Noi")]
    [InlineData("hanoi")]
    [InlineData("Hà Nội")]
    [InlineData("HA NOI")]
    public async Task Any_spelling_of_the_place_shows_both_events(string place)
    {
        var document = await _client.GetDocumentAsync("/timeline?place=" + Uri.EscapeDataString(place));

        Assert.Equal(
            ["2024-01-06", "2024-01-07"],
            document.QuerySelectorAll(".event-card time[datetime]").Select(t => t.GetAttribute("datetime")));
        Assert.DoesNotContain("No commemorations", document.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_place_shows_a_plain_message_and_no_events()
    {
        using var response = await _client.GetAsync("/timeline?place=" + Uri.EscapeDataString("Phnom Penh"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(document.QuerySelectorAll(".event-card"));
        Assert.Empty(document.QuerySelectorAll(".anniversary"));
        var message = Assert.Single(document.QuerySelectorAll("main p"), p => p.TextContent.Contains("No commemorations"));
        Assert.Contains(message.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/timeline");
    }

    private async Task<IElement> EventCardAsync(string url, string date)
    {
        var document = await _client.GetDocumentAsync(url);
        return document.QuerySelectorAll(".event-card")
            .Single(e => e.QuerySelector("time[datetime]")!.GetAttribute("datetime") == date);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

[Collection(SeededSiteCollection.Name)]
public sealed class TimelinePageOnSqlite(ArchiveWebFactory factory) : TimelinePageTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class TimelinePageOnPostgres(PostgresArchiveWebFactory factory) : TimelinePageTests(factory);
