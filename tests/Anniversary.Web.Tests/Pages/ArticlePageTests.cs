using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Infrastructure;
using AngleSharp.Dom;

namespace Anniversary.Web.Tests.Pages;

/// <remarks>Runs on both engines: <see cref="ArticlePageOnSqlite"/> and <see cref="ArticlePageOnPostgres"/>.</remarks>
public abstract partial class ArticlePageTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The expected reading of each seed, written by hand from the files.</summary>
    public static TheoryData<string, string> Seeds => new()
    {
        { "000_354021721e707285.txt", "2024-01-07" },
        { "001_ef79043fe6377dc1.txt", "2024-01-06" },
    };

    [Fact]
    public async Task Home_lists_both_articles_newest_first_with_editorial_headlines()
    {
        var document = await _client.GetDocumentAsync("/");

        var titles = document.QuerySelectorAll(".article-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal([Headline("000_354021721e707285.txt"), Headline("001_ef79043fe6377dc1.txt")], titles);
        var dates = document.QuerySelectorAll(".article-card time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-01-07", "2024-01-06"], dates);
        Assert.Contains("Hà Nội", document.QuerySelectorAll(".article-card__place").Select(p => p.TextContent));
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Article_page_shows_every_body_paragraph_of_its_seed_exactly_once(string file, string date)
    {
        var document = await OpenArticleAsync(file, date);
        var expected = ExpectedBodyParagraphs(file);

        var body = document.QuerySelectorAll(".article__body p[id^='p-']").ToList();
        Assert.Equal(expected, body.Select(p => p.TextContent).ToList());
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => $"p-{n}"), body.Select(p => p.Id));

        var bodyText = document.QuerySelector(".article__body")!.TextContent;
        foreach (var sentence in expected.SelectMany(Sentences))
        {
            Assert.Equal(1, Occurrences(bodyText, sentence));
        }
    }

    [Fact]
    public async Task Repeated_lead_is_shown_once_as_standfirst_and_captions_are_figures_in_place()
    {
        var document = await OpenArticleAsync("000_354021721e707285.txt", "2024-01-07");
        var lead = SeedParagraphs("000_354021721e707285.txt")[0];

        Assert.Equal(lead, document.QuerySelector(".article__standfirst")!.TextContent);
        Assert.DoesNotContain(document.QuerySelectorAll(".article__body p"), p => p.TextContent == lead);

        var captions = document.QuerySelectorAll(".article__body figure figcaption").Select(c => Collapse(c.TextContent)).ToList();
        Assert.Equal(
            ["President Vo Van Thuong and delegates at the event (Photo: VNA)", "An art performance at the ceremony (Photo: VNA)"],
            captions);

        var order = document.QuerySelector(".article__body")!.Children.Select(c => c.LocalName == "figure" ? "figure" : c.Id).ToList();
        Assert.Equal("figure", order[0]);
        Assert.Equal("figure", order[order.IndexOf("p-5") + 1]);
        Assert.Equal("Credit: VNA", Collapse(document.QuerySelector(".article__credit")!.TextContent));
    }

    [Fact]
    public async Task Datelines_and_glued_credit_are_shown_in_the_header_not_in_the_body()
    {
        var document = await OpenArticleAsync("001_ef79043fe6377dc1.txt", "2024-01-06");

        var dateline = document.QuerySelector(".article__dateline")!.TextContent;
        Assert.Contains("VIETNAM, January 6", dateline);
        Assert.Contains("HÀ NỘI", dateline);
        Assert.Equal("Credit: VNA/VNS", Collapse(document.QuerySelector(".article__credit")!.TextContent));
        var body = document.QuerySelector(".article__body")!.TextContent;
        Assert.DoesNotContain("VIETNAM, January 6", body);
        Assert.DoesNotContain("HÀ NỘI –", body);
        Assert.DoesNotContain("VNA/VNS", body);
        Assert.Equal("Saturday, 6 January 2024", document.QuerySelector(".article__kicker time")!.TextContent);
    }

    [Fact]
    public async Task Articles_link_to_each_other_in_date_order()
    {
        var older = await OpenArticleAsync("001_ef79043fe6377dc1.txt", "2024-01-06");
        var next = older.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Null(older.QuerySelector("a[rel=prev]"));

        var newer = await _client.GetDocumentAsync(next);
        Assert.Equal(Headline("000_354021721e707285.txt"), newer.QuerySelector("h1")!.TextContent);
        Assert.NotNull(newer.QuerySelector("a[rel=prev]"));
    }

    [Theory]
    [InlineData("/articles/2024/01/07/no-such-article")]
    [InlineData("/articles/2024/13/45/x")]
    [InlineData("/articles/x/y/z/w")]
    [InlineData("/no/such/page")]
    public async Task Unknown_addresses_get_the_archive_404_page(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not in the archive", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_permalink_with_the_wrong_date_redirects_to_the_right_one()
    {
        var url = await UrlOfAsync("000_354021721e707285.txt");
        var wrong = Regex.Replace(url, @"/\d{4}/\d{2}/\d{2}/", "/2020/02/02/");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(wrong);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
    }

    private async Task<IDocument> OpenArticleAsync(string file, string date)
    {
        var url = await UrlOfAsync(file);
        Assert.StartsWith($"/articles/{date.Replace('-', '/')}/", url);
        var document = await _client.GetDocumentAsync(url);
        Assert.Equal(Headline(file), document.QuerySelector("h1")!.TextContent);
        return document;
    }

    private async Task<string> UrlOfAsync(string file)
    {
        var home = await _client.GetDocumentAsync("/");
        var link = home.QuerySelectorAll(".article-card__title a").Single(a => a.TextContent.Trim() == Headline(file));
        return link.GetAttribute("href")!;
    }

    private static string Headline(string file)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "articles.json")));
        return metadata.RootElement.GetProperty("articles").GetProperty(file).GetProperty("headline").GetString()!;
    }

    /// <summary>The file's paragraphs as plain blank-line-separated blocks, the date prefix removed.</summary>
    private static List<string> SeedParagraphs(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, file)).Replace("\r\n", "\n");
        text = DateLine().Replace(text, string.Empty, 1);
        return text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// What the seed's body should be, from facts checked by reading the files: captions, credits and
    /// datelines are not body text; the first seed's lead reappears as its third paragraph (standfirst).
    /// </summary>
    private static List<string> ExpectedBodyParagraphs(string file)
    {
        var paragraphs = SeedParagraphs(file)
            .Where(p => !p.EndsWith("(Photo: VNA)") && p != "VNA" && p != "VIETNAM, January 6 -")
            .ToList();
        if (file.StartsWith("000"))
        {
            paragraphs.RemoveAt(0);
        }
        else
        {
            paragraphs[0] = paragraphs[0]["HÀ NỘI – ".Length..];
            paragraphs[^1] = paragraphs[^1][..^" VNA/VNS".Length];
        }

        return paragraphs;
    }

    private static IEnumerable<string> Sentences(string paragraph) =>
        SentenceBreak().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2} ")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

[Collection(SeededSiteCollection.Name)]
public sealed class ArticlePageOnSqlite(ArchiveWebFactory factory) : ArticlePageTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class ArticlePageOnPostgres(PostgresArchiveWebFactory factory) : ArticlePageTests(factory);
