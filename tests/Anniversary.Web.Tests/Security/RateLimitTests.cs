using System.Net;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;

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
        SecurityAssert.HasSecurityHeaders(refused);
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

    [Theory]
    [InlineData("/search?q=hanoi")]
    [InlineData("/api/articles")]
    public async Task Article_pages_stay_200_while_search_and_the_API_are_refused(string limited)
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++)
        {
            using var spent = await client.GetAsync(limited);
        }

        using var refused = await client.GetAsync(limited);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        foreach (var page in new[] { SeedArticles.CeremonyUrl, SeedArticles.GatheringUrl, "/people/le-minh-khai", "/css/site.css" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose() => _factory.Dispose();
}
