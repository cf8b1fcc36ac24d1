using System.Net;
using Anniversary.Web.Hosting;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Operations;

/// <summary>
/// A node sends each answer whole, once finished, so that a node killed mid-answer has sent nothing and
/// the balancer can retry the request elsewhere (the cluster's killed-node test is the end-to-end check).
/// </summary>
public sealed class WholeAnswersTests : IDisposable
{
    private readonly ArchiveWebFactory _site = new();

    [Theory]
    [InlineData("/timeline")]
    [InlineData(SeedArticles.CeremonyUrl)]
    [InlineData("/api/search?q=anniversary")]
    [InlineData("/feed.atom")]
    public async Task Pages_and_API_answers_go_out_with_their_length_not_in_chunks(string url)
    {
        using var client = new HttpClient { BaseAddress = StartOnKestrel() };

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.True(body.Length > 1000, $"{url} answered {body.Length} bytes");
    }

    [Fact]
    public async Task A_missing_page_still_gets_the_friendly_not_found_page()
    {
        using var client = new HttpClient { BaseAddress = StartOnKestrel() };

        using var response = await client.GetAsync("/articles/1999/01/01/no-such-report");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<main", body);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(body), response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Nothing_reaches_the_connection_until_the_answer_is_finished()
    {
        var connection = new WritesSeen();
        await using var answer = new WholeAnswerStream(connection, mostBytes: 1024);

        await answer.WriteAsync(Bytes(300, 1));
        await answer.FlushAsync();
        await answer.WriteAsync(Bytes(300, 2));
        Assert.Empty(connection.Writes);

        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = "GET";
        await answer.SendAsync(context.Request, context.Response, CancellationToken.None);

        var write = Assert.Single(connection.Writes);
        Assert.Equal([.. Bytes(300, 1), .. Bytes(300, 2)], write);
        Assert.Equal(600, context.Response.ContentLength);
    }

    [Fact]
    public async Task An_answer_longer_than_the_limit_is_streamed_byte_for_byte()
    {
        var connection = new WritesSeen();
        await using var answer = new WholeAnswerStream(connection, mostBytes: 1024);

        await answer.WriteAsync(Bytes(700, 1));
        await answer.WriteAsync(Bytes(700, 2));
        await answer.WriteAsync(Bytes(700, 3));
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        await answer.SendAsync(context.Request, context.Response, CancellationToken.None);

        Assert.True(answer.Streaming);
        Assert.Equal([.. Bytes(700, 1), .. Bytes(700, 2), .. Bytes(700, 3)], connection.Writes.SelectMany(write => write));
        Assert.Null(context.Response.ContentLength);
    }

    public void Dispose() => _site.Dispose();

    private Uri StartOnKestrel()
    {
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.Single());
    }

    private static byte[] Bytes(int count, byte value) => Enumerable.Repeat(value, count).ToArray();

    /// <summary>A connection that records each write it is given.</summary>
    private sealed class WritesSeen : MemoryStream
    {
        public List<byte[]> Writes { get; } = [];

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.ToArray());
            return ValueTask.CompletedTask;
        }
    }
}
