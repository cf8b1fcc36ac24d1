using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Import;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Performance;

/// <summary>Answers are kept until an import changes the archive; text is compressed; fingerprinted files are kept for a year.</summary>
public sealed class CachingTests
{
    [Fact]
    public async Task A_page_asked_for_twice_is_answered_the_second_time_from_the_cache()
    {
        using var factory = new ArchiveWebFactory();
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/timeline");
        using var second = await client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second answer did not come from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_import_into_the_archive_replaces_the_cached_pages()
    {
        using var seeds = new TempFolder();
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(seeds.Path, Path.GetFileName(seed)));
        }

        using var factory = new ArchiveWebFactory { SeedsPath = seeds.Path };
        var client = factory.CreateClient();
        var before = await client.GetStringAsync("/");
        Assert.Equal(before, await client.GetStringAsync("/"));

        var report = new SyntheticCorpus(seed: 3).Next();
        File.WriteAllText(Path.Combine(seeds.Path, "later.txt"), report);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportFolderAsync(seeds.Path);
            Assert.Equal(1, summary.Imported);
        }

        // The site notices within a second or two; the loop only bounds the wait.
        var headline = SeedParser.Parse(report).Article!.Headline;
        string after = before;
        for (var attempt = 0; attempt < 100 && !after.Contains(WebUtility.HtmlEncode(headline), StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            after = await client.GetStringAsync("/");
        }

        Assert.Contains(WebUtility.HtmlEncode(headline), after);
    }

    [Fact]
    public async Task With_caching_turned_off_every_answer_is_made_afresh()
    {
        using var factory = new ArchiveWebFactory { Caching = false };
        var client = factory.CreateClient();

        await client.GetAsync("/timeline");
        using var second = await client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Age"));
    }

    [Fact]
    public async Task A_cached_search_still_counts_against_the_clients_allowance()
    {
        using var factory = new ArchiveWebFactory { SearchPermitsPerMinute = 3 };
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/search?q=hanoi");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Text_is_compressed_for_clients_that_accept_it_and_decompresses_to_the_same_page(string encoding)
    {
        using var factory = new ArchiveWebFactory();
        var client = factory.CreateClient();
        var plain = await client.GetStringAsync("/timeline");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} compressed bytes for {plain.Length} characters");
        await using Stream decompressing = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        Assert.Equal(plain, await new StreamReader(decompressing).ReadToEndAsync());
    }

    [Theory]
    [InlineData("stylesheet")]
    [InlineData("icon")]
    public async Task Files_linked_with_their_fingerprint_are_kept_for_a_year(string rel)
    {
        using var factory = new ArchiveWebFactory();
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var href = LinkHref(rel).Match(html).Groups["href"].Value;
        Assert.Matches(@"\?v=[\w-]{20,}$", href);

        using var response = await client.GetAsync(WebUtility.HtmlDecode(href));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains("immutable", response.Headers.GetValues("Cache-Control").Single());

        using var bare = await client.GetAsync(new Uri(WebUtility.HtmlDecode(href), UriKind.Relative).OriginalString.Split('?')[0]);
        Assert.True(bare.Headers.CacheControl!.MaxAge < TimeSpan.FromDays(1));
    }

    private static Regex LinkHref(string rel) => new("<link rel=\"" + rel + "\" href=\"(?<href>[^\"]+)\"");
}
