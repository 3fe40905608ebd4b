using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>
/// Pages under the site's Content-Security-Policy: the API documentation and the print sheet work
/// with no violation in the console, and another site cannot frame the site's pages.
/// </summary>
public sealed class SecurityPolicyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task ApiDocs_RenderUnderThePolicy()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/api-docs/index.html");

        await Assertions.Expect(page.Locator(".swagger-ui .info")).ToContainTextAsync("ResourceHub API", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
        PageChecks.AssertNoCspViolation(page);
    }

    [Fact]
    public async Task AnotherOrigin_CannotFrameTheSignInPage()
    {
        var page = await site.NewPageAsync();

        // A page of no origin of the site's (about:blank) frames the sign-in page; the page's own load waits for the frame.
        await page.SetContentAsync($"<iframe src=\"{site.BaseUrl}/account/login\"></iframe>");

        var framed = page.Frames.Single(f => f != page.MainFrame);
        Assert.Equal(0, await framed.Locator("form").CountAsync());
    }
}
