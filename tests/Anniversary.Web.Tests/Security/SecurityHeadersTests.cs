using System.Net;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Security;

[Collection(SeededSiteCollection.Name)]
public sealed class SecurityHeadersTests(ArchiveWebFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>One address of every kind the site answers: pages, a page of the exception handler, static files, API, feeds, 404s.</summary>
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/timeline", HttpStatusCode.OK },
        { SeedArticles.CeremonyUrl, HttpStatusCode.OK },
        { SeedArticles.CeremonyUrl + ".txt", HttpStatusCode.OK },
        { "/people", HttpStatusCode.OK },
        { "/people/le-minh-khai", HttpStatusCode.OK },
        { "/events/2024-01-07-ceremony-hanoi", HttpStatusCode.OK },
        { "/dates/2024-01-07", HttpStatusCode.OK },
        { "/search", HttpStatusCode.OK },
        { "/search?q=hanoi", HttpStatusCode.OK },
        { "/Error", HttpStatusCode.OK },
        { "/css/site.css", HttpStatusCode.OK },
        { "/favicon.svg", HttpStatusCode.OK },
        { "/api/articles", HttpStatusCode.OK },
        { "/api/search?q=hanoi", HttpStatusCode.OK },
        { "/api/search?page=-1", HttpStatusCode.BadRequest },
        { "/no/such/page", HttpStatusCode.NotFound },
        { "/articles/2024/01/07/no-such-article", HttpStatusCode.NotFound },
        { "/api/no-such-thing", HttpStatusCode.NotFound },
        { "/api/articles/no-such-article", HttpStatusCode.NotFound },
        { "/feed.atom", HttpStatusCode.OK },
        { "/sitemap.xml", HttpStatusCode.OK },
        { "/robots.txt", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        SecurityAssert.HasSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData(SeedArticles.CeremonyUrl)]
    [InlineData("/timeline")]
    [InlineData("/api/articles")]
    public async Task An_answer_served_from_the_output_cache_carries_the_security_headers_and_no_cookie(string url)
    {
        using var first = await _client.GetAsync(url);
        using var cached = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Contains("Age"), "the second answer did not come from the output cache");
        SecurityAssert.HasSecurityHeaders(cached);
        Assert.Equal("DENY", Assert.Single(cached.Headers.GetValues("X-Frame-Options")));
        Assert.False(cached.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", SeedArticles.CeremonyUrl)]
    [InlineData("GET", "/css/site.css")]
    [InlineData("GET", "/api/articles")]
    [InlineData("GET", "/no/such/page")]
    [InlineData("TRACE", "/")]
    [InlineData("DELETE", "/api/articles")]
    public async Task Https_responses_outside_development_ask_for_https_for_at_least_a_year(string method, string url)
    {
        Assert.Equal("Production", factory.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://archive.example/") });

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var maxAge = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"))
            .Split(';', StringSplitOptions.TrimEntries)
            .Single(part => part.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000, maxAge);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/api/articles")]
    [InlineData("TRACE", "/css/site.css")]
    [InlineData("OPTIONS", "/")]
    [InlineData("OPTIONS", "/api/articles")]
    [InlineData("POST", "/search")]
    [InlineData("POST", "/api/search")]
    [InlineData("PUT", "/people")]
    [InlineData("PUT", "/api/articles")]
    [InlineData("DELETE", SeedArticles.CeremonyUrl)]
    [InlineData("DELETE", "/api/articles")]
    [InlineData("PATCH", "/api/people")]
    public async Task The_read_only_archive_answers_other_methods_with_405(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        SecurityAssert.HasSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/css/")]
    [InlineData("/css")]
    public async Task A_folder_of_static_files_is_not_listed(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not in the archive", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), link => link.GetAttribute("href") is "site.css" or "/css/site.css");
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/articles/2024/01/07/no-such-article")]
    [InlineData("/people/no-such-person")]
    [InlineData("/dates/2024-13-45")]
    [InlineData("/search.php?id=1'%20OR%20'1'='1")]
    public async Task The_404_page_is_the_archives_own_and_tells_nothing_of_the_server(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("This page is not in the archive", Html.Parse(body).QuerySelector("h1")!.TextContent);
        SecurityAssert.TellsNothingOfTheServer(body);
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/people/no-such-person")]
    public async Task An_api_404_is_problem_details_that_tell_nothing_of_the_server(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        SecurityAssert.TellsNothingOfTheServer(body);
    }
}
