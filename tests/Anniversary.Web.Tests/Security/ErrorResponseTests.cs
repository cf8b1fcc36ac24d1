using System.Net;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;
using Anniversary.Web.Tests.Pages;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.Security;

/// <summary>
/// A site whose database loses its articles table after start-up, so reading an article throws a
/// SQLite exception naming the table: visitors get the error page, API clients ProblemDetails, and
/// neither sees the exception, the SQL or a path.
/// </summary>
public sealed class ErrorResponseTests(ErrorResponseTests.BrokenSite site) : IClassFixture<ErrorResponseTests.BrokenSite>
{
    private readonly HttpClient _client = site.Client;

    [Theory]
    [InlineData("/")]
    [InlineData(SeedArticles.CeremonyUrl)]
    public async Task A_failing_page_answers_500_with_the_error_page_and_the_security_headers(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Something went wrong", Html.Parse(body).QuerySelector("h1")!.TextContent);
        SecurityAssert.HasSecurityHeaders(response);
        SecurityAssert.TellsNothingOfTheServer(body);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/search?q=hanoi")]
    public async Task A_failing_api_request_answers_500_with_problem_details_and_the_security_headers(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        SecurityAssert.HasSecurityHeaders(response);
        SecurityAssert.TellsNothingOfTheServer(body);
    }

    /// <summary>The seeded site, started, then its articles table renamed away under it.</summary>
    public sealed class BrokenSite : IDisposable
    {
        private readonly ArchiveWebFactory _factory = new();

        public BrokenSite()
        {
            Client = _factory.CreateClient();
            using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE Articles RENAME TO ArticlesMovedAwayByTest";
            command.ExecuteNonQuery();
        }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
        }
    }
}
