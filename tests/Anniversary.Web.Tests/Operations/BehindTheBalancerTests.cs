using System.Net;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Anniversary.Web.Tests.Operations;

/// <summary>
/// Behind nginx every request comes from the balancer's address. With the forwarded headers on, as
/// the cluster's nodes run (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>), the rate limit counts
/// each client by <c>X-Forwarded-For</c>; without them, one client's searches would use up everyone's.
/// </summary>
public sealed class BehindTheBalancerTests : IDisposable
{
    private const int Permits = 2;
    private readonly ArchiveWebFactory _site = new() { SearchPermitsPerMinute = Permits };

    [Fact]
    public async Task With_forwarded_headers_each_client_has_its_own_allowance()
    {
        using var node = _site.WithWebHostBuilder(builder => builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true"));
        var client = node.CreateClient();

        Assert.Equal(HttpStatusCode.TooManyRequests, await UseUpAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await SearchAsync(client, "203.0.113.2"));
    }

    [Fact]
    public async Task Without_them_every_client_behind_the_balancer_shares_one()
    {
        var client = _site.CreateClient();

        Assert.Equal(HttpStatusCode.TooManyRequests, await UseUpAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsync(client, "203.0.113.2"));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Searches once more than the allowance; the last answer's status.</summary>
    private static async Task<HttpStatusCode> UseUpAsync(HttpClient client, string address)
    {
        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await SearchAsync(client, address));
        }

        return await SearchAsync(client, address);
    }

    private static async Task<HttpStatusCode> SearchAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=hanoi");
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
