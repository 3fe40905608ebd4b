using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>A visitor types into the home page's box and lands on results they can narrow and order.</summary>
public sealed class SearchJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SearchTypedIntoTheHomePageBox_ShowsResultsFirst_ThenFacets(int width)
    {
        var page = await site.NewPageAsync(width, 844);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Search, new() { Name = "资源检索" }).GetByLabel("检索教学资源").FillAsync("数控车床");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=%E6%95%B0%E6%8E%A7"));
        await Assertions.Expect(page.GetByLabel("检索教学资源")).ToHaveValueAsync("数控车床");
        var results = page.Locator(".search-results");
        await Assertions.Expect(results.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("个资源包");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "数控车床零件加工活页式教材（阶梯轴）" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("不是有效的值");
        var facets = page.Locator("details[data-facets]");
        var resultsBox = await results.BoundingBoxAsync();
        var facetsBox = await facets.BoundingBoxAsync();
        if (width == 390)
        {
            // On a phone the facets sit below the results, folded until asked for.
            Assert.True(facetsBox!.Y > resultsBox!.Y + resultsBox.Height - 1);
            await Assertions.Expect(facets.GetByRole(AriaRole.Heading, new() { Name = "资源类型" })).ToBeHiddenAsync();
            await facets.Locator("summary").ClickAsync();
        }
        else
        {
            // Results are the main column; the facets a narrow column beside them.
            Assert.True(facetsBox!.X > resultsBox!.X + resultsBox.Width - 1);
            Assert.True(facetsBox.Width * 2 < resultsBox.Width);
        }
        await Assertions.Expect(facets.GetByRole(AriaRole.Heading, new() { Name = "资源类型" })).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, width == 390 ? "search-phone" : "search");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "排序" }).GetByRole(AriaRole.Link, new() { Name = "下载最多" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "下载最多" })).ToHaveAttributeAsync("aria-current", "true");
        await PageChecks.AssertPageAsync(page, null);
    }

    [Fact]
    public async Task SearchFromTheHeader_FindingNothing_SaysWhatToTry()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/articles");

        await page.GetByRole(AriaRole.Search, new() { Name = "全站检索" }).GetByLabel("检索教学资源").FillAsync("齿轮泵拆装不存在");
        await page.GetByRole(AriaRole.Search, new() { Name = "全站检索" }).GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();

        await Assertions.Expect(page.Locator(".no-results")).ToContainTextAsync("没有找到含“齿轮泵拆装不存在”的可查看的资源包。");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "按专业和资源类型浏览全部资源包" })).ToBeVisibleAsync();
        await PageChecks.AssertPageAsync(page, null);
    }
}
