using System.IO.Compression;
using System.Net;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Performance;

/// <summary>Text answers are compressed for clients that accept it, over HTTP and HTTPS alike, and decompress to the same bytes.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class CompressionTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/timeline", "br")]
    [InlineData("/timeline", "gzip")]
    [InlineData(SeedArticles.CeremonyUrl, "br")]
    [InlineData("/api/articles", "br")]
    [InlineData("/api/search?q=hanoi", "gzip")]
    [InlineData("/feed.atom", "br")]
    [InlineData("/sitemap.xml", "br")]
    public async Task Text_is_compressed_for_clients_that_accept_it_and_decompresses_to_the_same_answer(string url, string encoding)
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var plain = await client.GetByteArrayAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length, $"{compressed.Length} compressed bytes for {plain.Length}");
        Assert.Equal(plain, await DecompressAsync(compressed, encoding));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_compressed_answer_is_served_from_the_cache_in_the_encoding_each_client_accepts(string encoding)
    {
        var client = factory.CreateClient();
        var plain = await client.GetByteArrayAsync(SeedArticles.CeremonyUrl);

        using var first = await GetAsync(client, SeedArticles.CeremonyUrl, encoding);
        using var cached = await GetAsync(client, SeedArticles.CeremonyUrl, encoding);
        using var cachedPlain = await client.GetAsync(SeedArticles.CeremonyUrl);

        Assert.True(cached.Headers.Contains("Age"), "the second compressed answer did not come from the output cache");
        Assert.Equal(encoding, Assert.Single(cached.Content.Headers.ContentEncoding));
        var compressed = await cached.Content.ReadAsByteArrayAsync();
        Assert.Equal(plain, await DecompressAsync(compressed, encoding));
        Assert.True(cachedPlain.Headers.Contains("Age"), "the plain answer did not come from the output cache");
        Assert.Empty(cachedPlain.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await cachedPlain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_page_served_from_the_cache_is_not_compressed_again()
    {
        var counting = new CountingCompression();
        using var site = new ArchiveWebFactory
        {
            TestServices = services => services.Configure<ResponseCompressionOptions>(options => options.Providers.Add(counting)),
        };
        var client = site.CreateClient();

        using var first = await GetAsync(client, SeedArticles.CeremonyUrl, CountingCompression.Name);
        using var cached = await GetAsync(client, SeedArticles.CeremonyUrl, CountingCompression.Name);

        Assert.Equal(CountingCompression.Name, Assert.Single(cached.Content.Headers.ContentEncoding));
        Assert.True(cached.Headers.Contains("Age"), "the second answer did not come from the output cache");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await cached.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, counting.Streams);
    }

    /// <summary>Gzip under a name of its own, counting the answers it compresses.</summary>
    private sealed class CountingCompression : ICompressionProvider
    {
        public const string Name = "x-counted";

        private int _streams;

        public int Streams => _streams;

        public string EncodingName => Name;

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref _streams);
            return new GZipStream(outputStream, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_plain_text()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/timeline");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    public static async Task<byte[]> DecompressAsync(byte[] compressed, string encoding)
    {
        await using Stream decompressing = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decompressing.CopyToAsync(plain);
        return plain.ToArray();
    }
}
