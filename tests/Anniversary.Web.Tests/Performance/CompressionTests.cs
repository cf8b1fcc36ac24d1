using System.IO.Compression;
using System.Net;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

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
