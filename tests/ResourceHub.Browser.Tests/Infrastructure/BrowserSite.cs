using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel port (demo recipe) and Debian's headless Chromium driven by
/// Playwright. Without /usr/bin/chromium the tests skip, or fail under RESOURCEHUB_REQUIRE_ALL=1.
/// </summary>
public sealed class BrowserSite : SiteFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserSite() => UseKestrel(0);

    public override string Provider => "Chromium";

    public string BaseUrl { get; private set; } = "";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("ResourceHub:Setup:Recipe", "demo")];

    protected override async ValueTask<string?> PrepareAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"{ChromiumPath} not found (apt-get install chromium)";
        }
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No network here: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return null;
    }

    /// <summary>A fresh browser context (own cookies) with one page, at phone or desktop width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        EnsureAvailable();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        // A shared 2-core CI machine runs several test assemblies' sites at once: give it headroom.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        PageChecks.TrackCspViolations(page);
        return page;
    }

    /// <summary>Signs in through the sign-in page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Signed in is what the person sees: the page has moved on and offers 退出 (folded in the menu on a phone).
        try
        {
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login", RegexOptions.IgnoreCase), new() { Timeout = 60_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // Say what the person would see: the sign-in page's own message, if it gave one.
            var messages = await page.Locator("[role=alert], .alert, .field-error").AllInnerTextsAsync();
            throw new TimeoutException($"{userName} was still on {page.Url} after signing in; the page said: {string.Join(" / ", messages)}", e);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出", IncludeHidden = true }).First).ToBeAttachedAsync(new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Waits until the page's address ends with <paramref name="suffix"/>. Playwright's own
    /// WaitForURLAsync checks the address and then subscribes to navigations, so a navigation that
    /// lands in between is lost (playwright-dotnet#3364, #3365); Expect polls the address instead.
    /// </summary>
    public static Task WaitForPathAsync(IPage page, string suffix) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(suffix) + "$"), new() { Timeout = 60_000 });

    /// <summary>Keeps a screenshot of the page for the README (docs/screenshots), when asked to.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("RESOURCEHUB_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    protected override async ValueTask CleanUpAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
