using System.Net;
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
        // The site listens on a real port here, so the API is called there too.
        var api = await new ApiClient(new HttpClient { BaseAddress = new Uri(site.BaseUrl) }).SignInAsync("bt-teacher", "Demo12345");
        var created = await ApiClient.ExpectAsync(await api.PostAsync("/api/v1/packages", new
        {
            title = Unique.Name("车削加工工作页"), description = "", specialtyCode = "0102", resourceType = "WorkPage", tags = Array.Empty<string>(),
        }), HttpStatusCode.Created);
        var packagePath = $"/packages/{created["id"]}";

        var teacher = await site.NewPageAsync();
        var outside = PageChecks.TrackOutsideRequests(teacher, site.BaseUrl);
        await BrowserSite.SignInAsync(teacher, "bt-teacher", "Demo12345");
        await teacher.GotoAsync(packagePath + "/upload");
        await teacher.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = "阶梯轴车削工作页.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = OfficeSamples.Docx("学习任务一：阶梯轴的车削", "学习任务二：螺纹的车削"),
        });
        await teacher.GetByRole(AriaRole.Button, new() { Name = "开始上传" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#queue li")).ToContainTextAsync("完成", new() { Timeout = 30_000 });

        // The page says while the file is processed; once done it offers the pages.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        await teacher.GotoAsync(packagePath);
        while (await teacher.GetByText("正在提取文字、生成预览…").IsVisibleAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, "the Word file was still being processed after two minutes");
            await Task.Delay(500);
            await teacher.GotoAsync(packagePath);
        }
        await teacher.GetByText("在页面中阅读").ClickAsync();
        await Assertions.Expect(teacher.Locator(".pdf-viewer canvas")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(teacher.Locator(".pdf-bar")).ToContainTextAsync("第 1 / 2 页");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "下一页" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".pdf-bar")).ToContainTextAsync("第 2 / 2 页");
        await Assertions.Expect(teacher.Locator(".thumb img")).ToBeVisibleAsync();
        Assert.Empty(outside);
    }
}
