using System.Net;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Security;

/// <summary>A site of its own with a small search allowance, so the limit is reached in a few requests.</summary>
public sealed class RateLimitTests : IDisposable
{
    private const int Permits = 3;
    private readonly ArchiveWebFactory _factory = new() { SearchPermitsPerMinute = Permits };

    [Theory]
    [InlineData("/search?q=hanoi")]
    [InlineData("/api/search?q=hanoi")]
    [InlineData("/api/articles")]
    [InlineData("/search.atom?q=hanoi")]
    public async Task Search_and_the_API_answer_429_with_Retry_After_beyond_the_allowance(string url)
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++)
        {
            using var allowed = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Article_pages_and_the_timeline_are_never_limited()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < Permits * 5; i++)
        {
            using var home = await client.GetAsync("/");
            using var timeline = await client.GetAsync("/timeline");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        }
    }

    public void Dispose() => _factory.Dispose();
}
