using Anniversary.Web.Tests.Pages;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Browser;

/// <summary>axe-core's WCAG 2.1 A and AA rules on every kind of page, in a real browser, plus one h1 and lang="en".</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [InlineData("/", 200)]
    [InlineData(SeedArticles.CeremonyUrl, 200)]
    [InlineData("/timeline", 200)]
    [InlineData("/people", 200)]
    [InlineData("/people/le-kim-anh", 200)]
    [InlineData("/dates/1979", 200)]
    [InlineData("/search?q=hanoi", 200)]
    [InlineData("/search?q=zzzzqqq", 200)]
    [InlineData("/no-such-page-in-the-archive", 404)]
    public async Task Page_has_no_serious_or_critical_WCAG_21_AA_violation(string path, int status)
    {
        await using var tab = await site.OpenAsync();
        var page = tab.Page;
        await tab.GotoAsync(path, status);

        var result = await page.RunAxe(Wcag21);

        var all = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}) at {n.Target}: {v.Help} — {Messages(n)}"))
            .ToList();
        all.ForEach(line => output.WriteLine(line));
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"  {v.Id} ({v.Impact}) at {n.Target}: {v.Help}\n    {Messages(n)}\n    {n.Html}"))
            .ToList();
        Assert.True(serious.Count == 0, $"axe found on {path}:\n{string.Join("\n", serious)}");

        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        tab.AssertNoProblems();
    }

    private static string Messages(AxeResultNode node) =>
        string.Join(" ", new[] { node.Any, node.All, node.None }
            .Where(checks => checks is not null)
            .SelectMany(checks => checks!)
            .Select(check => check.Message));
}
