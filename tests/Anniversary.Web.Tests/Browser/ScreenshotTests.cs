using Anniversary.Web.Tests.Pages;

namespace Anniversary.Web.Tests.Browser;

/// <summary>Full-page screenshots of the main pages on a desktop and a phone, kept in artifacts/screenshots/ for review.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("article", SeedArticles.CeremonyUrl),
        ("timeline", "/timeline"),
        ("people", "/people"),
        ("person", "/people/le-kim-anh"),
        ("search", "/search?q=hanoi"),
    ];

    public static TheoryData<string, string, int> Shots()
    {
        var shots = new TheoryData<string, string, int>();
        foreach (var width in new[] { BrowserSite.DesktopWidth, BrowserSite.PhoneWidth })
        {
            foreach (var (name, path) in Pages)
            {
                shots.Add(name, path, width);
            }
        }

        return shots;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Page_is_captured_full_length(string name, string path, int width)
    {
        await using var tab = await site.OpenAsync(width);
        await tab.GotoAsync(path);
        var file = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{width}.png");
        File.Delete(file);

        await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = true });

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.Length > 1000, $"{file} is {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        var pageWidth = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"{path} is {pageWidth} px wide at a {width} px viewport: it scrolls sideways");
        tab.AssertNoProblems();
    }
}
