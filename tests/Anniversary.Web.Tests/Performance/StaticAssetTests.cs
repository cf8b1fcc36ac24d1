using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Performance;

/// <summary>The stylesheet and the icon are linked by addresses that carry a hash of their content, kept by browsers for a year.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class StaticAssetTests(ArchiveWebFactory factory)
{
    private static readonly string WebRoot = Path.Combine(RepositoryPaths.Root, "src", "Anniversary.Web", "wwwroot");

    [Theory]
    [InlineData("stylesheet", "css/site.css")]
    [InlineData("icon", "favicon.svg")]
    public async Task Files_are_linked_with_their_fingerprint_and_kept_for_a_year(string rel, string file)
    {
        var client = factory.CreateClient();
        var href = await LinkedAsync(client, rel);
        var bare = "/" + file;
        Assert.Matches(FingerprintOf(bare), href);

        using var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, file)), await response.Content.ReadAsByteArrayAsync());
        var cacheControl = response.Headers.CacheControl!;
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains("immutable", response.Headers.GetValues("Cache-Control").Single());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));

        using var unversioned = await client.GetAsync(bare);
        Assert.Equal(HttpStatusCode.OK, unversioned.StatusCode);
        Assert.DoesNotContain("immutable", string.Join(",", unversioned.Headers.GetValues("Cache-Control")));
    }

    [Fact]
    public async Task A_compressed_copy_asked_for_once_is_not_given_to_a_client_that_accepts_none()
    {
        var client = factory.CreateClient();
        var href = await LinkedAsync(client, "stylesheet");
        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var compressed = await client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));

        using var plain = await client.GetAsync(href);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, "css", "site.css")), await plain.Content.ReadAsByteArrayAsync());
    }

    /// <summary><c>/css/site.css</c> as <c>/css/site.{hash}.css</c>.</summary>
    private static Regex FingerprintOf(string bare) =>
        new("^" + Regex.Escape(Path.ChangeExtension(bare, null)) + @"\.[a-z0-9]{8,}" + Regex.Escape(Path.GetExtension(bare)) + "$");

    private static async Task<string> LinkedAsync(HttpClient client, string rel)
    {
        var html = await client.GetStringAsync("/");
        return WebUtility.HtmlDecode(new Regex("<link rel=\"" + rel + "\" href=\"(?<href>[^\"]+)\"").Match(html).Groups["href"].Value);
    }
}
