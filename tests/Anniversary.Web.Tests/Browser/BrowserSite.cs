using System.Net;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Anniversary.Web.Tests.Browser;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 (a temp SQLite file filled from the seeds) and Debian's Chromium
/// driving it, one of each for the whole browser collection. A missing browser fails every test: these
/// tests are never skipped.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const int DesktopWidth = 1280;

    public const int PhoneWidth = 375;

    private readonly ArchiveWebFactory _site;
    private readonly TempFolder _profile = new();

    public BrowserSite()
        : this(new ArchiveWebFactory())
    {
    }

    /// <summary>The same browser against a site filled from other reports than the seeds.</summary>
    protected BrowserSite(ArchiveWebFactory site) => _site = site;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"Chromium is missing at {ChromiumPath}: the browser tests need it (apt-get install -y chromium).");

        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.Single());

        // Playwright's own browser builds cannot be downloaded here; the distribution's Chromium is driven instead.
        // A persistent context is how Playwright takes a user-data-dir: a fresh temp folder for every run.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.Path, new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = DesktopWidth, Height = 800 },
            Locale = "en-GB",
            ColorScheme = ColorScheme.Light,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A new tab at the given width, watched for console errors, script errors and failed requests.</summary>
    public async Task<WatchedPage> OpenAsync(int width = DesktopWidth)
    {
        var page = await _browser!.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        return new WatchedPage(page, BaseAddress);
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
        _profile.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
