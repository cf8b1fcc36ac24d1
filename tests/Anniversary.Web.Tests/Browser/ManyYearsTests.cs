using System.Globalization;
using Microsoft.Playwright;

namespace Anniversary.Web.Tests.Browser;

/// <summary>
/// The pages a reader meets first, with fifteen years of reports in the archive: the home page says what the
/// archive spans and lists the latest commemorations newest first; the timeline groups by what is commemorated,
/// then by year; the people index lists persons only, each once. Screenshots of each are kept.
/// </summary>
[Collection(ManyYearsCollection.Name)]
public sealed class ManyYearsTests(ManyYearsSite site)
{
    [Fact]
    public async Task The_home_page_spans_the_years_and_lists_the_latest_commemorations_newest_first()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/");
        await ScreenshotAsync(tab, "many-years-home");

        var tagline = await tab.Page.Locator(".site-title__tagline").InnerTextAsync();
        Assert.DoesNotContain("2024", tagline);
        var span = await tab.Page.Locator(".intro__span").InnerTextAsync();
        Assert.StartsWith($"{ReportCount()} reports from January 2010 to January 2026, from commemorations in ", span);

        var dates = await tab.Page.Locator(".home-timeline time[datetime]").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Equal(10, dates.Length);
        Assert.Equal("2026-01-07", dates[0]);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task The_timeline_groups_by_what_is_commemorated_then_by_year()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/timeline");
        await ScreenshotAsync(tab, "many-years-timeline");

        var index = tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Commemorations by what they mark and by year" });
        var lines = (await index.Locator("li").AllInnerTextsAsync()).Select(Collapse).ToList();
        Assert.Equal("Anniversaries of 7 January 1979: " + string.Join(' ', Enumerable.Range(2010, 17)), lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Anniversaries of 22 December 1944: ", StringComparison.Ordinal) && line.Contains("2023", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Anniversaries of 27 July 1947: ", StringComparison.Ordinal) && line.Contains("2024", StringComparison.Ordinal));
        Assert.StartsWith("Other commemorations:", lines[^1]);

        // The index is the whole archive's, on every page; each link leads to its group, on this page or another.
        var links = await index.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var headings = new List<string>();
        var pages = 0;
        while (true)
        {
            pages++;
            headings.AddRange((await tab.Page.Locator(".anniversary__title").AllInnerTextsAsync()).Select(Collapse));
            Assert.Equal(lines, (await index.Locator("li").AllInnerTextsAsync()).Select(Collapse).ToList());
            var next = tab.Page.Locator(".pager a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await tab.GotoAsync(await next.GetAttributeAsync("href") ?? "/timeline");
        }

        Assert.True(pages > 1, "the many-years archive should need more than one page of the timeline");
        // A group cut by the end of a page goes on under the same heading, marked as continued.
        headings = headings.Where(h => !h.EndsWith(" (continued)", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Enumerable.Range(31, 17).Select(n => $"{Ordinal(n)} anniversary of 7 January 1979"),
            headings.Take(17));
        Assert.Equal(headings.Count, headings.Distinct().Count());
        Assert.StartsWith("Other commemorations, ", headings[^1]);

        // Read on the first page: a link to a group of the same page is its fragment alone, to another page that page's address.
        foreach (var link in links)
        {
            var hash = link.IndexOf('#');
            await tab.GotoAsync("/timeline" + link[..hash]);
            Assert.Equal(1, await tab.Page.Locator(link[hash..]).CountAsync());
        }

        tab.AssertNoProblems();
    }

    [Fact]
    public async Task The_people_index_lists_persons_only_each_once()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/people");
        await ScreenshotAsync(tab, "many-years-people");

        var names = new List<string>();
        while (true)
        {
            names.AddRange((await tab.Page.Locator(".person-list__name").AllInnerTextsAsync()).Select(Collapse));
            var next = tab.Page.Locator(".pager a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await tab.GotoAsync(await next.GetAttributeAsync("href") ?? "/people");
        }

        Assert.True(names.Count > 100, $"only {names.Count} people listed");
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Single(names, name => name == "Hun Sen");
        Assert.DoesNotContain(names, name => name.StartsWith("Samdech", StringComparison.Ordinal) || name.StartsWith("Lok Chumteav", StringComparison.Ordinal)
            || name.StartsWith("H.E.", StringComparison.Ordinal) || name.StartsWith("Wat ", StringComparison.Ordinal));

        // Provinces, districts and organisations the reports name are not people.
        Assert.DoesNotContain(names, name => name is "Kampong Cham" or "Svay Rieng" or "Tân Biên" or "Châu Thành" or "Ba Chúc" or "Vietnam Fatherland Front");
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task A_name_the_report_misspells_links_to_the_person_and_notes_the_spelling()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/people/mao-sophan");
        await tab.GotoAsync(await tab.Page.Locator("main a[href^='/articles/']").First.GetAttributeAsync("href") ?? "/");

        var variant = tab.Page.Locator(".article-body a[href='/people/mao-sophan'], article a[href='/people/mao-sophan']").Filter(new() { HasTextString = "Mao Sophal" });
        Assert.Equal("Mao Sophan, spelt “Mao Sophal” here", await variant.First.GetAttributeAsync("title"));
        tab.AssertNoProblems();
    }

    private static int ReportCount() =>
        ManyYearsSite.WireReports().Count()
        + Directory.EnumerateFiles(Infrastructure.RepositoryPaths.Seeds, "*.txt").Count();

    private static async Task ScreenshotAsync(WatchedPage tab, string name) =>
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png"), FullPage = true });

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
