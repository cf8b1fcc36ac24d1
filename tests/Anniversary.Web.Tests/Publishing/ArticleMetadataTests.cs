using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

namespace Anniversary.Web.Tests.Publishing;

/// <summary>What an article page tells machines and citing readers: canonical address, OpenGraph, JSON-LD, citations, the text as imported.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class ArticleMetadataTests(ArchiveWebFactory factory)
{
    private const string Ceremony = "000_354021721e707285.txt";
    private const string Gathering = "001_ef79043fe6377dc1.txt";

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The facts of each seed, read by hand from the file; the headline and source come from seeds/articles.json.</summary>
    private static readonly Dictionary<string, Seed> Seeds = new()
    {
        [Ceremony] = new(SeedArticles.CeremonyUrl, "2024-01-07", Dateline: null, Place: "Hanoi",
            [("Le Minh Khai", "/people/le-minh-khai"), ("Neth Savoeun", "/people/neth-savoeun")]),
        [Gathering] = new(SeedArticles.GatheringUrl, "2024-01-06", Dateline: "VIETNAM, January 6", Place: "Hà Nội",
            [("Lê Kim Anh", "/people/le-kim-anh")]),
    };

    public static TheoryData<string> Files => [Ceremony, Gathering];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Json_ld_describes_the_page_as_a_news_article(string file)
    {
        var seed = Seeds[file];
        var document = await _client.GetDocumentAsync(seed.Url);
        using var json = JsonLd(document);
        var article = json.RootElement;

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal(document.QuerySelector("h1")!.TextContent, article.GetProperty("headline").GetString());
        Assert.Equal(Headline(file), article.GetProperty("headline").GetString());
        Assert.Equal(seed.Date, article.GetProperty("datePublished").GetString());
        Assert.Equal(Canonical(document), article.GetProperty("url").GetString());
        Assert.Equal(Source(file), article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(Source(file), article.GetProperty("sourceOrganization").GetProperty("name").GetString());
        Assert.Equal(seed.Place, article.GetProperty("locationCreated").GetProperty("name").GetString());
        if (seed.Dateline is null)
        {
            Assert.False(article.TryGetProperty("dateline", out _), "a seed without a dateline gets no dateline property");
        }
        else
        {
            Assert.Contains(seed.Dateline, article.GetProperty("dateline").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Json_ld_article_body_holds_every_body_paragraph_in_order_and_no_caption(string file)
    {
        var document = await _client.GetDocumentAsync(Seeds[file].Url);
        using var json = JsonLd(document);
        var body = json.RootElement.GetProperty("articleBody").GetString()!;

        var paragraphs = document.QuerySelectorAll(".article__body p[id^='p-']").Select(p => p.TextContent).ToList();
        Assert.NotEmpty(paragraphs);
        var from = 0;
        foreach (var paragraph in paragraphs)
        {
            var at = body.IndexOf(paragraph, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"articleBody lacks, or has out of order, the paragraph \"{paragraph}\"");
            from = at + paragraph.Length;
        }

        foreach (var caption in document.QuerySelectorAll(".article__body figcaption"))
        {
            Assert.DoesNotContain(caption.ChildNodes.OfType<IText>().First().Text.Trim(), body);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Json_ld_mentions_the_speakers_with_their_person_pages(string file)
    {
        var seed = Seeds[file];
        var document = await _client.GetDocumentAsync(seed.Url);
        using var json = JsonLd(document);
        var origin = new Uri(Canonical(document)).GetLeftPart(UriPartial.Authority);

        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m);
        foreach (var (name, path) in seed.Speakers)
        {
            Assert.True(mentions.TryGetValue(name, out var person), $"mentions lacks {name}");
            Assert.Equal("Person", person.GetProperty("@type").GetString());
            Assert.Equal(origin + path, person.GetProperty("url").GetString());
        }

        foreach (var person in mentions.Values)
        {
            var url = new Uri(person.GetProperty("url").GetString()!);
            Assert.StartsWith("/people/", url.AbsolutePath);
            using var response = await _client.GetAsync(url.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Canonical_OpenGraph_and_Twitter_tags_describe_the_article(string file)
    {
        var seed = Seeds[file];
        var document = await _client.GetDocumentAsync(seed.Url);
        var headline = document.QuerySelector("h1")!.TextContent;

        var canonical = Canonical(document);
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var address), $"canonical '{canonical}' is not absolute");
        Assert.Equal(seed.Url, address.AbsolutePath);
        Assert.Equal(_client.BaseAddress!.Authority, address.Authority);
        Assert.Equal(canonical, Meta(document, "property", "og:url"));

        Assert.Equal("article", Meta(document, "property", "og:type"));
        Assert.Equal(headline, Meta(document, "property", "og:title"));
        Assert.Equal("summary", Meta(document, "name", "twitter:card"));
        Assert.Equal(headline, Meta(document, "name", "twitter:title"));

        // The description is the article's own opening: the standfirst where there is one, else the first paragraph.
        var description = Meta(document, "property", "og:description");
        var opening = (document.QuerySelector(".article__standfirst") ?? document.QuerySelector(".article__body p[id='p-1']"))!.TextContent;
        Assert.Equal(opening, description);
        Assert.Equal(description, Meta(document, "name", "twitter:description"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Cite_this_article_gives_APA_MLA_and_Chicago_with_headline_permalink_and_access_date(string file)
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        var document = await _client.GetDocumentAsync(Seeds[file].Url);
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        var permalink = Canonical(document);

        var cite = document.QuerySelector("details.cite")!;
        Assert.Equal("Cite this article", cite.QuerySelector("summary")!.TextContent.Trim());
        var styles = cite.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()).ToList();
        var texts = cite.QuerySelectorAll("dd").Select(dd => dd.TextContent.Trim()).ToList();
        Assert.Equal(["APA", "MLA", "Chicago"], styles);
        Assert.All(texts, text =>
        {
            Assert.Contains(Headline(file), text);
            Assert.Contains(permalink, text);
            Assert.Contains(Source(file), text);
        });

        // APA 7 gives a retrieval date only for pages meant to change; an archived report does not, so only MLA and Chicago carry one.
        var mla = texts[styles.IndexOf("MLA")];
        var chicago = texts[styles.IndexOf("Chicago")];
        Assert.True(new[] { before, after }.Any(day => mla.Contains($"Accessed {MlaDate(day)}.")), $"MLA lacks today's access date: {mla}");
        Assert.True(new[] { before, after }.Any(day => chicago.Contains($"(accessed {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)})")),
            $"Chicago lacks today's access date: {chicago}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Plain_text_download_answers_the_seed_file_as_imported(string file)
    {
        var document = await _client.GetDocumentAsync(Seeds[file].Url);
        var link = document.QuerySelector(".article__footer a[download]")!;
        var href = link.GetAttribute("href")!;
        Assert.Equal(file, link.GetAttribute("download"));
        Assert.Equal(href, document.QuerySelector("link[rel='alternate'][type='text/plain']")!.GetAttribute("href"));

        using var response = await _client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(file, FileName(response));
        Assert.Equal(WithoutBom(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Seeds, file))), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Plain_text_download_of_a_file_with_a_byte_order_mark_and_crlf_lines_drops_only_the_mark()
    {
        using var seeds = new TempFolder();
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "articles.json"), seeds.File("articles.json"));
        var text = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, Gathering))).Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        await File.WriteAllBytesAsync(seeds.File(Gathering), bytes);
        await using var site = new ArchiveWebFactory { SeedsPath = seeds.Path };
        var client = site.CreateClient();

        using var response = await client.GetAsync(SeedArticles.GatheringUrl + ".txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Gathering, FileName(response));
        Assert.Equal(WithoutBom(bytes), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Plain_text_of_an_unknown_article_is_404()
    {
        using var response = await _client.GetAsync("/articles/2024/01/07/no-such-article.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Timeline_json_ld_is_a_graph_of_the_two_events_with_place_and_speakers()
    {
        var document = await _client.GetDocumentAsync("/timeline");
        using var json = JsonLd(document);

        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var events = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Event", e.GetProperty("@type").GetString()));
        Assert.Equal(["2024-01-06", "2024-01-07"], events.Select(e => e.GetProperty("startDate").GetString()));
        Assert.Equal(["Hà Nội", "Hanoi"], events.Select(e => e.GetProperty("location").GetProperty("name").GetString()));
        Assert.StartsWith("Gathering in Hà Nội", events[0].GetProperty("name").GetString());
        Assert.StartsWith("Ceremony in Hanoi", events[1].GetProperty("name").GetString());
        Assert.Equal(["Lê Kim Anh"], Performers(events[0]));
        Assert.Equal(["Le Minh Khai", "Neth Savoeun"], Performers(events[1]));

        var origin = _client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        Assert.Equal([origin + SeedArticles.GatheringUrl], ArticlesAbout(events[0]));
        Assert.Equal([origin + SeedArticles.CeremonyUrl], ArticlesAbout(events[1]));
    }

    private static JsonDocument JsonLd(IDocument document)
    {
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent);
    }

    private static string Canonical(IDocument document) =>
        Assert.Single(document.QuerySelectorAll("link[rel='canonical']")).GetAttribute("href")!;

    private static string? Meta(IDocument document, string attribute, string name) =>
        Assert.Single(document.QuerySelectorAll($"meta[{attribute}='{name}']")).GetAttribute("content");

    private static List<string?> Performers(JsonElement evt) =>
        evt.GetProperty("performer").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

    private static List<string?> ArticlesAbout(JsonElement evt) =>
        evt.GetProperty("subjectOf").EnumerateArray().Select(a => a.GetProperty("url").GetString()).ToList();

    private static string? FileName(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        return disposition.FileNameStar ?? disposition.FileName?.Trim('"');
    }

    private static byte[] WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) ? bytes[3..] : bytes;

    /// <summary>MLA 9 abbreviates every month but May, June and July.</summary>
    private static string MlaDate(DateOnly day)
    {
        string[] months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
        return $"{day.Day} {months[day.Month - 1]} {day.Year}";
    }

    private static string Headline(string file) => Metadata(file, "headline");

    private static string Source(string file) => Metadata(file, "source");

    private static string Metadata(string file, string property)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "articles.json")));
        return metadata.RootElement.GetProperty("articles").GetProperty(file).GetProperty(property).GetString()!;
    }

    private sealed record Seed(string Url, string Date, string? Dateline, string Place, (string Name, string Path)[] Speakers);
}
