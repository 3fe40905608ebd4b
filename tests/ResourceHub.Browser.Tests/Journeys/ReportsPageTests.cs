using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>The region administrator of the demo site reads the region's 督导 report in Chromium.</summary>
public sealed class ReportsPageTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task RegionReport_BarLinksToItsRows_AccessibleAndWithoutOutsideRequests()
    {
        var page = await site.NewPageAsync();
        var outside = PageChecks.TrackOutsideRequests(page, site.BaseUrl);
        await BrowserSite.SignInAsync(page, "nm-region", "Demo123456");
        await page.GotoAsync("/reform/reports");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看地区报告" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "内蒙古自治区 督导报告" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.report-chart").First).ToBeVisibleAsync();

        // The demo's three training records in the region: the bar links to exactly those rows.
        await page.Locator("svg.report-chart a", new() { HasText = "培训人次" }).ClickAsync();
        var rows = page.Locator("#rows tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#rows")).ToContainTextAsync("包头技师学院");
        await PageChecks.AssertAccessibleAsync(page);
        await BrowserSite.ScreenshotAsync(page, "oversight-report");
        Assert.Empty(outside);

        // Another region's report is refused on the page as on the API.
        var response = await page.GotoAsync("/reform/reports?region=" + Uri.EscapeDataString("广东省"));
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("广州市技师学院");
    }
}
