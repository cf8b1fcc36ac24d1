using System.Net;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <remarks>Runs on both engines: <see cref="DatePageOnSqlite"/> and <see cref="DatePageOnPostgres"/>.</remarks>
public abstract class DatePageTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_day_lists_only_the_article_of_that_day()
    {
        var document = await _client.GetDocumentAsync("/dates/2024-01-07");

        Assert.Equal("2024-01-07", document.QuerySelector("h1 time")!.GetAttribute("datetime"));
        Assert.Equal([SeedArticles.CeremonyUrl], ArticleLinks(document));
        Assert.Equal([SeedArticles.CeremonyHeadline], document.QuerySelectorAll("section[aria-labelledby=articles] li a").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/dates/2024-01-07", SeedArticles.CeremonyUrl + "#p-1", "on January 7 to mark")]
    [InlineData("/dates/2024-01-06", SeedArticles.GatheringUrl + "#p-1", "on January 6 to celebrate")]
    public async Task A_day_the_report_writes_without_its_year_is_mentioned_on_that_days_page(string url, string paragraph, string written)
    {
        var document = await _client.GetDocumentAsync(url);

        var mention = Assert.Single(Mentions(document));
        Assert.Equal(paragraph, mention.QuerySelector(".statement__source a")!.GetAttribute("href"));
        Assert.Contains(written, mention.QuerySelector(".statement__text")!.TextContent);
    }

    [Fact]
    public async Task A_month_lists_every_article_of_that_month_newest_first()
    {
        var document = await _client.GetDocumentAsync("/dates/2024-01");

        Assert.Equal([SeedArticles.CeremonyUrl, SeedArticles.GatheringUrl], ArticleLinks(document));
    }

    [Fact]
    public async Task A_year_lists_the_four_paragraphs_that_mention_January_7_1979()
    {
        var document = await _client.GetDocumentAsync("/dates/1979");

        Assert.Empty(ArticleLinks(document));
        var mentions = Mentions(document);
        Assert.Equal(
            [SeedArticles.GatheringUrl + "#p-1", SeedArticles.GatheringUrl + "#p-5", SeedArticles.CeremonyUrl + "#p-1", SeedArticles.CeremonyUrl + "#p-7"],
            mentions.Select(m => m.QuerySelector(".statement__source a")!.GetAttribute("href")));
        Assert.All(mentions, m => Assert.Equal("1979-01-07", m.QuerySelector(".statement__source time")!.GetAttribute("datetime")));
        foreach (var mention in mentions)
        {
            var text = mention.QuerySelector(".statement__text")!.TextContent.Trim();
            Assert.Contains("January 7, 1979", text);
            var paragraph = await _client.GetParagraphAsync(mention.QuerySelector(".statement__source a")!.GetAttribute("href")!);
            Assert.Equal(paragraph.TextContent, text);
        }
    }

    [Fact]
    public async Task The_day_page_of_January_7_1979_lists_the_same_four_paragraphs()
    {
        var year = Mentions(await _client.GetDocumentAsync("/dates/1979")).Select(m => m.QuerySelector(".statement__source a")!.GetAttribute("href"));
        var day = Mentions(await _client.GetDocumentAsync("/dates/1979-01-07")).Select(m => m.QuerySelector(".statement__source a")!.GetAttribute("href"));

        Assert.Equal(year, day);
    }

    [Fact]
    public async Task A_month_lists_the_paragraph_that_mentions_it_and_not_mentions_of_the_whole_year()
    {
        var document = await _client.GetDocumentAsync("/dates/1975-04");

        var mention = Assert.Single(Mentions(document));
        Assert.Equal(SeedArticles.CeremonyUrl + "#p-5", mention.QuerySelector(".statement__source a")!.GetAttribute("href"));
        Assert.Contains("April 1975", mention.QuerySelector(".statement__text")!.TextContent);
        Assert.Equal("1975-04", document.QuerySelector("h1 time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_year_includes_the_months_inside_it()
    {
        var document = await _client.GetDocumentAsync("/dates/1975");

        Assert.Equal(
            new[] { SeedArticles.GatheringUrl + "#p-4", SeedArticles.CeremonyUrl + "#p-5" }.Order(StringComparer.Ordinal),
            Mentions(document).Select(m => m.QuerySelector(".statement__source a")!.GetAttribute("href")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/dates/2024-13-45")]
    [InlineData("/dates/abc")]
    [InlineData("/dates/2024-02-30")]
    [InlineData("/dates/1979-1-7")]
    [InlineData("/dates/0000")]
    public async Task Impossible_dates_are_404(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not in the archive", document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/dates/9999")]
    [InlineData("/dates/9999-12")]
    [InlineData("/dates/9999-12-31")]
    [InlineData("/dates/0001")]
    public async Task Dates_at_the_ends_of_the_calendar_are_answered_not_failed(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }

    private static List<string?> ArticleLinks(IDocument document) =>
        document.QuerySelectorAll("section[aria-labelledby=articles] li a").Select(a => a.GetAttribute("href")).ToList();

    private static List<IElement> Mentions(IDocument document) =>
        document.QuerySelectorAll("section[aria-labelledby=mentions] .statement").ToList();
}

[Collection(SeededSiteCollection.Name)]
public sealed class DatePageOnSqlite(ArchiveWebFactory factory) : DatePageTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class DatePageOnPostgres(PostgresArchiveWebFactory factory) : DatePageTests(factory);
