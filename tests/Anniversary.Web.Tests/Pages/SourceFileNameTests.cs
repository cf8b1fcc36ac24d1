using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <summary>
/// A report's file name is shown by the article page (and its download link), the API and the text
/// download: one with spaces, Vietnamese and markup is shown as written, as text, everywhere.
/// </summary>
public sealed class SourceFileNameTests(SourceFileNameTests.Site site) : IClassFixture<SourceFileNameTests.Site>
{
    private const string Name = "báo cáo <script>alert(1)<\\script> & \"x\" <img src=x onerror=alert(2)>.txt";

    private readonly HttpClient _client = site.Client;
    private readonly string _url = site.Url;

    [Fact]
    public async Task The_article_page_shows_the_name_as_text_and_downloads_under_it()
    {
        var html = await _client.GetStringAsync(_url);
        var document = Html.Parse(html);

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(Name, document.QuerySelector(".article__file code")?.TextContent);
        Assert.Equal(Name, document.QuerySelector(".article__file a[download]")?.GetAttribute("download"));
        Assert.Empty(document.QuerySelectorAll("img[onerror]"));
        Assert.DoesNotContain(document.QuerySelectorAll("script"), script => script.TextContent.Contains("alert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_gives_the_name_as_a_json_string()
    {
        using var response = await _client.GetAsync("/api/articles/" + _url.Split('/')[^1]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Name, article.GetProperty("sourceFile").GetString());
    }

    [Fact]
    public async Task The_text_download_names_the_file_in_an_encoded_header()
    {
        using var response = await _client.GetAsync(_url + ".txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Name, response.Content.Headers.ContentDisposition?.FileNameStar);
        // The plain fallback is ASCII, its quote and backslash escaped: the name cannot leave its quoted string.
        var header = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith("""attachment; filename="b_o c_o <script>alert(1)<\\script> & \"x\" <img src=x onerror=alert(2)>.txt"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%20%3Cscript%3E""", header);
    }

    /// <summary>One site for the class, on a folder holding the one report under that name.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private readonly TempFolder _seeds = new();
        private ArchiveWebFactory _factory = null!;

        public HttpClient Client { get; private set; } = null!;

        public string Url { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            File.Copy(Path.Combine(RepositoryPaths.Seeds, "001_ef79043fe6377dc1.txt"), _seeds.File(Name));
            _factory = new ArchiveWebFactory { SeedsPath = _seeds.Path };
            Client = _factory.CreateClient();
            using var articles = JsonDocument.Parse(await Client.GetStringAsync("/api/articles"));
            var article = Assert.Single(articles.RootElement.EnumerateArray());
            Assert.Equal(Name, article.GetProperty("sourceFile").GetString());
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", article.GetProperty("slug").GetString());
            Url = article.GetProperty("url").GetString()!;
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _factory.DisposeAsync();
            _seeds.Dispose();
        }
    }
}
