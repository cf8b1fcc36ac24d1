using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anniversary.Web.Tests.Browser;

/// <summary>A reader's way through the archive, by clicking and typing in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReadingPathTests(BrowserSite site)
{
    [Fact]
    public async Task From_an_article_to_a_speaker_and_back_to_the_paragraph_they_said()
    {
        await using var tab = await site.OpenAsync();
        var page = tab.Page;
        await tab.GotoAsync("/");

        var article = page.Locator(".article-card__title a").First;
        var headline = (await article.InnerTextAsync()).Trim();
        await article.ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleAddress());
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);

        var speakers = page.Locator(".article-aside__section")
            .Filter(new() { Has = page.Locator("h3", new() { HasTextString = "Speakers" }) });
        var speaker = speakers.Locator(".people-list li > a").First;
        var name = (await speaker.InnerTextAsync()).Trim();
        await speaker.ClickAsync();
        await Expect(page).ToHaveURLAsync(PersonAddress());
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);

        // The last statement lies furthest down its article, so following it must scroll.
        var statement = page.Locator(".statement").Last;
        var said = (await statement.Locator(".statement__text").InnerTextAsync()).Trim();
        await statement.Locator(".statement__source a").ClickAsync();
        await Expect(page).ToHaveURLAsync(DeepLink());
        var paragraph = await AssertTargetedParagraphAsync(page);
        Assert.Equal(said, (await paragraph.InnerTextAsync()).Trim());
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the article was not scrolled to the paragraph");

        tab.AssertNoProblems();
    }

    [Fact]
    public async Task From_the_timeline_to_an_event_then_a_search_typed_without_accents_finds_Le_Kim_Anhs_statement()
    {
        await using var tab = await site.OpenAsync();
        var page = tab.Page;
        await tab.GotoAsync(SeedArticles.CeremonyUrl);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Timeline");

        var evt = page.Locator(".event-card__title a").First;
        var title = (await evt.InnerTextAsync()).Trim();
        await evt.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/events/[a-z0-9-]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);

        await page.Locator("#site-search").ClickAsync();
        await page.Keyboard.TypeAsync("le kim anh");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=le\+kim\+anh$"));

        var first = page.Locator(".hit-list > .hit").First;
        await Expect(first).ToHaveClassAsync(new Regex(@"\bhit--statement\b"));
        await Expect(first.Locator(".hit__speaker")).ToContainTextAsync("Lê Kim Anh");
        await first.Locator(".hit__title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(DeepLink());
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedArticles.GatheringHeadline);
        var paragraph = await AssertTargetedParagraphAsync(page);
        await Expect(paragraph).ToContainTextAsync("Lê Kim Anh");

        tab.AssertNoProblems();
    }

    /// <summary>The paragraph the address names is in view and highlighted unlike the other paragraphs.</summary>
    private static async Task<ILocator> AssertTargetedParagraphAsync(IPage page)
    {
        var id = new Uri(page.Url).Fragment.TrimStart('#');
        var paragraph = page.Locator($"[id='{id}']");
        await Expect(paragraph).ToHaveClassAsync(new Regex(@"\barticle__paragraph\b"));
        await Expect(paragraph).ToBeInViewportAsync();
        Assert.True(await paragraph.EvaluateAsync<bool>("p => p.matches(':target')"), $"#{id} is not the :target");

        var highlight = await paragraph.EvaluateAsync<string>("p => getComputedStyle(p).backgroundColor");
        var plain = await page.Locator(".article__paragraph:not(:target)").First.EvaluateAsync<string>("p => getComputedStyle(p).backgroundColor");
        Assert.NotEqual(plain, highlight);
        return paragraph;
    }

    [GeneratedRegex(@"/articles/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$")]
    private static partial Regex ArticleAddress();

    [GeneratedRegex(@"/people/[a-z0-9-]+$")]
    private static partial Regex PersonAddress();

    [GeneratedRegex(@"/articles/\d{4}/\d{2}/\d{2}/[a-z0-9-]+#p-\d+$")]
    private static partial Regex DeepLink();
}
