using System.Net;
using System.Text.Json;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Pages;

/// <summary>Bylines, source lines and datelines shown as written, and former addresses that redirect, on a site of invented reports.</summary>
public sealed class ArticleBylineTests : IClassFixture<ArticleBylineTests.BylineSite>
{
    private const string Signed =
        "date 2022-01-07 Green Valley, January 7 (XYZ) -- The Green Valley provincial administration held a celebration this morning to mark the founding of its first cooperative (1979 – 2022).\n\n" +
        "The governor thanked the growers.\n\n" +
        "By Ann Lee\n\n" +
        "Source: Valley Press Agency\n";

    private const string Uncredited =
        "date 2012-01-03 Tuesday, 03 January 2012\n\n" +
        "Green Valley – Leaders of the valley on Monday opened a flower fair at the town hall.\n\n" +
        "The fair runs for a week.\n";

    private readonly BylineSite _site;
    private readonly HttpClient _client;

    public ArticleBylineTests(BylineSite site)
    {
        _site = site;
        _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Byline_and_source_line_are_shown_as_written_and_never_as_body()
    {
        var document = await _client.GetDocumentAsync("/articles/2022/01/07/the-green-valley-provincial-administration-held-a-celebration-to-mark-the");

        Assert.Equal("By Ann Lee", document.QuerySelector(".article__header .article__byline")!.TextContent.Trim());
        Assert.Equal("Source: Valley Press Agency", document.QuerySelector(".article__footer .article__source-line")!.TextContent.Trim());
        Assert.Equal(["Green Valley, January 7 (XYZ) --"], document.QuerySelectorAll(".article__dateline-line").Select(d => d.TextContent));
        var body = document.QuerySelectorAll(".article__paragraph").Select(p => p.TextContent).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("The Green Valley provincial administration held a celebration this morning", body[0]);
        Assert.DoesNotContain(body, p => p.Contains("Ann Lee", StringComparison.Ordinal) || p.Contains("Source:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_datelines_are_shown_apart_and_the_date_line_is_not_the_headline()
    {
        var document = await _client.GetDocumentAsync("/articles/2012/01/03/leaders-of-the-valley-opened-a-flower-fair-at-the-town-hall");

        Assert.Equal("Leaders of the valley opened a flower fair at the town hall", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Tuesday, 03 January 2012", "Green Valley –"], document.QuerySelectorAll(".article__dateline-line").Select(d => d.TextContent));
    }

    [Fact]
    public async Task A_report_without_credit_is_cited_without_the_archive_as_author()
    {
        var document = await _client.GetDocumentAsync("/articles/2012/01/03/leaders-of-the-valley-opened-a-flower-fair-at-the-town-hall");

        var citations = document.QuerySelectorAll("details.cite dd").Select(dd => dd.TextContent.Trim()).ToList();
        Assert.Equal(3, citations.Count);
        Assert.All(citations, c => Assert.StartsWith("Leaders of the valley", c.TrimStart('“')));
    }

    [Fact]
    public async Task The_api_gives_byline_source_line_and_datelines_as_written()
    {
        var response = await _client.GetAsync("/api/articles/the-green-valley-provincial-administration-held-a-celebration-to-mark-the");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = json.RootElement;

        Assert.Equal("By Ann Lee", article.GetProperty("byline").GetString());
        Assert.Equal("Source: Valley Press Agency", article.GetProperty("sourceLine").GetString());
        Assert.Equal("Valley Press Agency", article.GetProperty("credit").GetString());
        Assert.Equal(["Green Valley, January 7 (XYZ) --"], article.GetProperty("datelines").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task A_former_slug_redirects_permanently_to_the_present_address()
    {
        const string present = "/articles/2012/01/03/leaders-of-the-valley-opened-a-flower-fair-at-the-town-hall";
        using (var scope = _site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var id = db.Articles.Where(a => a.SourceFile == "uncredited.txt").Select(a => a.Id).Single();
            db.FormerSlugs.Add(new FormerSlug { ArticleId = id, Slug = "tuesday-03-january-2012" });
            await db.SaveChangesAsync();
        }

        var page = await _client.GetAsync("/articles/2012/01/03/tuesday-03-january-2012");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal(present, page.Headers.Location!.OriginalString);

        var text = await _client.GetAsync("/articles/2012/01/03/tuesday-03-january-2012.txt");
        Assert.Equal(HttpStatusCode.MovedPermanently, text.StatusCode);
        Assert.Equal(present + ".txt", text.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/articles/2012/01/03/never-was-an-article")).StatusCode);
    }

    [Fact]
    public async Task The_text_download_stays_the_file_byte_for_byte()
    {
        var bytes = await _client.GetByteArrayAsync("/articles/2022/01/07/the-green-valley-provincial-administration-held-a-celebration-to-mark-the.txt");

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Signed), bytes);
    }

    [Fact]
    public async Task An_article_whose_block_predates_the_text_as_imported_shows_its_page_but_has_no_download_until_imported_again()
    {
        const string page = "/articles/2012/01/03/leaders-of-the-valley-opened-a-flower-fair-at-the-town-hall";
        using (var scope = _site.Factory.Services.CreateScope())
        {
            // A block as written before OriginalInBody: the paragraphs alone.
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var body = db.ArticleBodies.AsTracking().Single(b => b.Article!.SourceFile == "uncredited.txt");
            body.Paragraphs = BlockWithoutOriginal(StoredParagraphs.Read(body.Paragraphs));
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(page + ".txt")).StatusCode);
        var document = await _client.GetDocumentAsync(page);
        Assert.Contains("The fair runs for a week.", document.QuerySelectorAll(".article__paragraph").Select(p => p.TextContent));
    }

    private static byte[] BlockWithoutOriginal(IReadOnlyList<Paragraph> paragraphs)
    {
        using var plain = new MemoryStream();
        using (var writer = new BinaryWriter(plain, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                writer.Write7BitEncodedInt(paragraph.Position);
                writer.Write(paragraph.Text);
                writer.Write(paragraph.Html);
            }
        }

        var compressed = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength((int)plain.Length)];
        Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(plain.ToArray(), compressed, out var written, 5, 16));
        Assert.True(plain.Length < 0x80 * 0x80);
        return [(byte)(plain.Length | 0x80), (byte)(plain.Length >> 7), .. compressed[..written]];
    }

    public sealed class BylineSite : IDisposable
    {
        private readonly TempFolder _seeds = new();

        public BylineSite()
        {
            File.WriteAllText(_seeds.File("signed.txt"), Signed);
            File.WriteAllText(_seeds.File("uncredited.txt"), Uncredited);
            Factory = new ArchiveWebFactory { SeedsPath = _seeds.Path };
        }

        public ArchiveWebFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _seeds.Dispose();
        }
    }
}
