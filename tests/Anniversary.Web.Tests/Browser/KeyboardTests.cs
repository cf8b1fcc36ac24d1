using System.Text.RegularExpressions;
using Anniversary.Web.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anniversary.Web.Tests.Browser;

/// <summary>The site used with the keyboard alone: the skip link, the header's search box and navigation, visible focus.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    private const string FocusScript = """
        () => {
            const e = document.activeElement;
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return {
                tag: e.tagName.toLowerCase(), id: e.id, className: String(e.className),
                text: (e.innerText || '').trim(), inMain: !!e.closest('main') && e.tagName !== 'MAIN',
                inMainNav: !!e.closest('nav[aria-label="Main"]'),
                outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
                top: r.top, left: r.left, width: r.width, height: r.height,
                viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
            };
        }
        """;

    [Fact]
    public async Task Tab_from_page_load_shows_the_skip_link_first_and_Enter_moves_focus_to_main()
    {
        await using var tab = await site.OpenAsync();
        var page = tab.Page;
        await tab.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = await FocusedAsync(page);
        Assert.Equal(("a", "Skip to content"), (skip.Tag, skip.Text));
        Assert.True(skip is { Width: > 0, Height: > 0, Top: >= 0, Left: >= 0 }
            && skip.Top + skip.Height <= skip.ViewportHeight && skip.Left + skip.Width <= skip.ViewportWidth,
            $"the focused skip link is not on screen: {skip}");
        AssertOutlined(skip);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#main$"));
        var main = await FocusedAsync(page);
        Assert.Equal(("main", "main"), (main.Tag, main.Id));

        await page.Keyboard.PressAsync("Tab");
        var next = await FocusedAsync(page);
        Assert.True(next.InMain, $"Tab after the skip link left the main content: {next}");
        AssertOutlined(next);

        tab.AssertNoProblems();
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SeedArticles.CeremonyUrl)]
    public async Task Tabbing_reaches_the_search_box_and_every_nav_link_each_visibly_outlined(string path)
    {
        await using var tab = await site.OpenAsync();
        var page = tab.Page;
        await tab.GotoAsync(path);

        var reached = new List<Focus>();
        for (var presses = 0; presses < 12; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await FocusedAsync(page);
            reached.Add(focus);
            if (focus.InMain)
            {
                break;
            }
        }

        Assert.Equal("Skip to content", reached[0].Text);
        Assert.Contains(reached, f => f.Id == "site-search");
        var nav = reached.Where(f => f.InMainNav).Select(f => f.Text).ToList();
        Assert.Equal(["Articles", "Timeline", "People", "Search"], nav);
        Assert.All(reached, AssertOutlined);

        tab.AssertNoProblems();
    }

    private static void AssertOutlined(Focus focus) =>
        Assert.True(focus is { OutlineStyle: not "none", OutlineWidth: > 0 }, $"focus is not visibly outlined: {focus}");

    private static Task<Focus> FocusedAsync(IPage page) => page.EvaluateAsync<Focus>(FocusScript);

    /// <summary>The focused element as the browser sees it; settable properties, as Playwright fills them.</summary>
    public sealed class Focus
    {
        public string Tag { get; set; } = "";
        public string Id { get; set; } = "";
        public string ClassName { get; set; } = "";
        public string Text { get; set; } = "";
        public bool InMain { get; set; }
        public bool InMainNav { get; set; }
        public string OutlineStyle { get; set; } = "";
        public double OutlineWidth { get; set; }
        public double Top { get; set; }
        public double Left { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double ViewportWidth { get; set; }
        public double ViewportHeight { get; set; }

        public override string ToString() =>
            $"<{Tag} id='{Id}' class='{ClassName}'> '{Text}', outline {OutlineStyle} {OutlineWidth}px, box ({Left}, {Top}) {Width}x{Height} in {ViewportWidth}x{ViewportHeight}";
    }
}
