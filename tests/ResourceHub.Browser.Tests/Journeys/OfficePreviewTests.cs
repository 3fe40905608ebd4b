using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>A teacher uploads a Word work page and reads its pages on the package page, in the PDF viewer.</summary>
public sealed class OfficePreviewTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task WordFile_ReadPageByPageInTheViewer()
    {
        LibreOffice.EnsureAvailable(site);
        var teacher = await site.NewPageAsync();
        var outside = PageChecks.TrackOutsideRequests(teacher, site.BaseUrl);
        await BrowserSite.SignInAsync(teacher, "bt-teacher", "Demo123456");
        var packagePath = await Drafts.NewAsync(teacher, Unique.Name("车削加工工作页"));

        // The upload step follows the file until its pages are printed.
        await Drafts.UploadAsync(teacher, "阶梯轴车削工作页.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            OfficeSamples.Docx("学习任务一：阶梯轴的车削", "学习任务二：螺纹的车削"), until: "已就绪 · 2 页");
        await teacher.GotoAsync(packagePath);
        await teacher.GetByText("在页面中阅读").ClickAsync();
        await Assertions.Expect(teacher.Locator(".pdf-viewer canvas")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        PageChecks.AssertNoCspViolation(teacher);
        await Assertions.Expect(teacher.Locator(".pdf-bar")).ToContainTextAsync("第 1 / 2 页");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "下一页" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".pdf-bar")).ToContainTextAsync("第 2 / 2 页");
        await Assertions.Expect(teacher.Locator(".thumb img")).ToBeVisibleAsync();
        Assert.Empty(outside);
    }
}
