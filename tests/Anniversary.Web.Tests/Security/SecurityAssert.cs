using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Security;

/// <summary>What every answer of the site must carry, and what none may reveal.</summary>
public static class SecurityAssert
{
    public static void HasSecurityHeaders(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
    }

    /// <summary>No exception, stack trace, SQL or file path of the machine in what a visitor is shown.</summary>
    public static void TellsNothingOfTheServer(string body)
    {
        string[] tellTales =
        [
            "Exception", "   at ", "StackTrace", "SQLite", "SELECT ", " FROM ", "no such table",
            RepositoryPaths.Root, AppContext.BaseDirectory, Path.GetTempPath(),
        ];
        foreach (var tellTale in tellTales)
        {
            Assert.DoesNotContain(tellTale, body, StringComparison.Ordinal);
        }
    }
}
