using System.Net;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Security;

[Collection(SeededSiteCollection.Name)]
public sealed class SecurityHeadersTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/timeline", HttpStatusCode.OK },
        { "/css/site.css", HttpStatusCode.OK },
        { "/api/articles", HttpStatusCode.OK },
        { "/api/search?page=-1", HttpStatusCode.BadRequest },
        { "/no/such/page", HttpStatusCode.NotFound },
        { "/api/no-such-thing", HttpStatusCode.NotFound },
        { "/feed.atom", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("base-uri 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/search")]
    [InlineData("DELETE", "/api/articles")]
    [InlineData("PUT", "/people")]
    public async Task The_read_only_archive_answers_other_methods_with_405(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_folder_of_static_files_is_not_listed()
    {
        using var response = await _client.GetAsync("/css/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not in the archive", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), link => link.GetAttribute("href") == "site.css");
    }
}
