using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>
/// The three journeys, as people do them in the browser: a teacher uploads and submits a
/// textbook; reviewers return it and later approve it; a teacher of another school finds it by
/// a word that occurs only inside its PDF, reads it on the page and downloads it.
/// </summary>
public sealed class ReviewJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Textbook_UploadedReturnedApprovedFoundInsidePdfAndDownloaded()
    {
        var word = "Spindle" + Random.Shared.Next(100_000, 999_999);
        var pdf = SamplePdf.WithText("Contents", $"Lathe maintenance {word} lubrication", "Assessment");
        var title = Testing.Unique.Name("数控车床维护保养活页式教材");

        // 1. A teacher creates the package, uploads the PDF with a progress bar, and submits it.
        var teacher = await site.NewPageAsync();
        await BrowserSite.SignInAsync(teacher, "bt-teacher", "Demo123456");
        var packagePath = await Drafts.NewAsync(teacher, title, "Textbook", page => page.GetByLabel("教材形式（教材填写）").SelectOptionAsync("LooseLeaf"));

        // Step 2 of the same flow: the files, then what the server makes of them, then submit.
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Drafts.UploadAsync(teacher, "数控车床维护.pdf", "application/pdf", pdf, until: "已就绪 · 3 页");
        await Assertions.Expect(teacher.Locator("#queue li")).ToContainTextAsync("上传完成");
        await BrowserSite.ScreenshotAsync(teacher, "upload");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("已提交审核。");
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("审核中");

        // 2. The school's reviewer returns it with an opinion; the teacher resubmits.
        await DecideAsync("bt-reviewer", title, "退回修改", "请补充学习任务的评价表。");
        await teacher.GotoAsync(packagePath);
        var panel = teacher.GetByRole(AriaRole.Region, new() { Name = "审核情况" });
        await Assertions.Expect(panel).ToContainTextAsync("退回修改");
        await Assertions.Expect(panel).ToContainTextAsync("请补充学习任务的评价表。");
        await BrowserSite.ScreenshotAsync(teacher, "package-owner");
        await panel.GetByRole(AriaRole.Link, new() { Name = "全部审核意见与历史" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("请补充学习任务的评价表。");
        // After a return the 修改说明 is required.
        await teacher.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("请填写修改说明");
        await teacher.GetByLabel("修改说明").FillAsync("1. 已补充学习任务的评价表；\n2. 统一了术语。");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("审核中");

        // 3. School stage, on the reviewer's desk: the note, the earlier opinion, what changed, the PDF in place, its text searchable.
        await DecideAsync("bt-reviewer", title, "通过", "同意。", async desk =>
        {
            await Assertions.Expect(desk.GetByRole(AriaRole.Region, new() { Name = "修改说明" })).ToContainTextAsync("已补充学习任务的评价表");
            await Assertions.Expect(desk.GetByRole(AriaRole.Region, new() { Name = "以往版本的审核意见" })).ToContainTextAsync("请补充学习任务的评价表。");
            await Assertions.Expect(desk.GetByRole(AriaRole.Region, new() { Name = "与第 1 版相比的变化" })).ToContainTextAsync("都没有变化");
            await desk.GetByText("在页面中阅读").ClickAsync();
            await Assertions.Expect(desk.Locator(".pdf-viewer canvas")).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await desk.GetByLabel("在文本中查找").FillAsync(word);
            await Assertions.Expect(desk.Locator("#text-search-status")).ToHaveTextAsync("找到 1 处");
            await Assertions.Expect(desk.Locator("#file-texts mark")).ToHaveTextAsync(word);
            await desk.GetByRole(AriaRole.Group, new() { Name = "审核要点（符合的请勾选）" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
            await PageChecks.AssertAccessibleAsync(desk);
            await BrowserSite.ScreenshotAsync(desk, "review-desk");
        });
        await DecideAsync("expert", title, "通过", "符合课程标准，同意发布。");
        await teacher.GotoAsync(packagePath);
        await Assertions.Expect(teacher.Locator(".meta")).ToContainTextAsync("已发布");

        // 4. A teacher of another school finds it by a word inside the PDF, reads it, downloads it.
        var other = await site.NewPageAsync();
        var outside = PageChecks.TrackOutsideRequests(other, site.BaseUrl);
        await BrowserSite.SignInAsync(other, "gz-teacher", "Demo123456");
        // Published, it is listed under its specialty, among the textbooks.
        await other.GotoAsync("/browse/0102");
        await other.GetByRole(AriaRole.Navigation, new() { Name = "资源类型" }).GetByRole(AriaRole.Link, new() { Name = "教材" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(other, "browse");
        await other.GotoAsync("/search");
        await other.GetByLabel("关键词").FillAsync(word);
        await other.GetByLabel("关键词").PressAsync("Enter");
        var hit = other.GetByRole(AriaRole.Link, new() { Name = title });
        await Assertions.Expect(hit).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(other.Locator("mark").First).ToContainTextAsync(word, new() { IgnoreCase = true });
        await BrowserSite.ScreenshotAsync(other, "search");
        await hit.ClickAsync();

        await other.GetByText("在页面中阅读").ClickAsync();
        await Assertions.Expect(other.Locator(".pdf-viewer canvas")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        PageChecks.AssertNoCspViolation(other);
        // Page by page: buttons, then the arrow keys on the page itself; no step past the end.
        var bar = other.Locator(".pdf-bar");
        await Assertions.Expect(bar).ToContainTextAsync("第 1 / 3 页");
        await Assertions.Expect(bar.GetByRole(AriaRole.Button, new() { Name = "上一页" })).ToBeDisabledAsync();
        await bar.GetByRole(AriaRole.Button, new() { Name = "下一页" }).ClickAsync();
        await Assertions.Expect(bar).ToContainTextAsync("第 2 / 3 页");
        await other.GetByRole(AriaRole.Img, new() { Name = "第 2 页" }).PressAsync("ArrowRight");
        await Assertions.Expect(bar).ToContainTextAsync("第 3 / 3 页");
        await Assertions.Expect(bar.GetByRole(AriaRole.Button, new() { Name = "下一页" })).ToBeDisabledAsync();
        await bar.GetByLabel("页码").FillAsync("1");
        await bar.GetByLabel("页码").PressAsync("Enter");
        await Assertions.Expect(bar).ToContainTextAsync("第 1 / 3 页");
        await Assertions.Expect(other.GetByRole(AriaRole.Link, new() { Name = "选用", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Region, new() { Name = "审核情况" })).ToHaveCountAsync(0);
        await BrowserSite.ScreenshotAsync(other, "package");
        var download = await other.RunAndWaitForDownloadAsync(() => other.GetByRole(AriaRole.Link, new() { Name = "下载", Exact = true }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(saved));
        Assert.Equal("数控车床维护.pdf", download.SuggestedFilename);
        Assert.Empty(outside);
    }

    /// <summary>A reviewer opens their workbench, picks the package and records a decision.</summary>
    private async Task DecideAsync(string reviewer, string title, string decision, string comment, Func<IPage, Task>? look = null)
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, reviewer, "Demo123456");
        await page.GotoAsync("/review");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        if (look is not null)
        {
            await look(page);
        }
        await page.GetByLabel(decision, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("审核意见（退回或不通过时必填").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核结论" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已提交审核结论" })).ToContainTextAsync("已提交审核结论：" + decision);
        await page.Context.CloseAsync();
    }
}
