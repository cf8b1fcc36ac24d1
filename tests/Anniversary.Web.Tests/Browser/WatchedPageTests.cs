namespace Anniversary.Web.Tests.Browser;

/// <summary>The watch every browser test relies on really sees errors, so that "no problems" means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchedPageTests(BrowserSite site)
{
    [Fact]
    public async Task Console_errors_script_errors_and_missing_files_are_reported()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/");

        await tab.Page.EvaluateAsync("""
            async () => {
                console.error('logged by the test');
                // An uncaught error from a timer: the site's Content-Security-Policy refuses inline script elements.
                setTimeout(() => { throw new Error('thrown by the test'); });
                await fetch('/css/no-such-file.css');
            }
            """);

        string[] expected = ["logged by the test", "thrown by the test", "HTTP 404 for GET " + new Uri(site.BaseAddress, "/css/no-such-file.css")];
        var reported = "";
        for (var attempt = 0; attempt < 50 && !expected.All(reported.Contains); attempt++)
        {
            // The browser's events reach the test asynchronously.
            await Task.Delay(100);
            reported = Record.Exception(tab.AssertNoProblems)?.Message ?? "";
        }

        Assert.All(expected, problem => Assert.Contains(problem, reported));
    }
}
