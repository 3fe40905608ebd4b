using System.Text;
using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>The upload step when things go wrong: refused files, files the server cannot read, dropped connections.</summary>
public sealed class UploadStepTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task UploadCutOffThenPageReloaded_SameFileChosenAgain_ResumesFromTheServersOffset()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "cf-teacher", "Demo123456");
        await Drafts.NewAsync(page, Testing.Unique.Name("电池检测讲义"));
        // A file on disk, as a person picks it again after the reload (same name, size and modification time).
        var folder = Directory.CreateTempSubdirectory("rh-upload-");
        var path = Path.Combine(folder.FullName, "电池检测讲义.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Range(0, 200_000).Select(i => $"第 {i} 行：动力电池绝缘检测步骤与记录。\n")), TestContext.Current.CancellationToken);
        var size = new FileInfo(path).Length;
        Assert.True(size > 9 * 1024 * 1024, "the file spans several 4 MiB chunks");

        // The network drops after the first chunk: the entry says it is resuming.
        var patches = 0;
        await page.RouteAsync("**/api/v1/uploads/*", async route =>
        {
            if (route.Request.Method == "PATCH" && ++patches > 1)
            {
                await route.AbortAsync();
                return;
            }
            await route.ContinueAsync();
        });
        await page.Locator("#files").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始上传" }).ClickAsync();
        await Assertions.Expect(page.Locator("#queue li")).ToContainTextAsync("连接中断，正在从断点继续…", new() { Timeout = 30_000 });

        // The page is reloaded (or the laptop slept); the same file is chosen again and continues where the server is.
        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        var offsets = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "PATCH" && request.Headers.TryGetValue("upload-offset", out var offset))
            {
                offsets.Add(offset);
            }
        };
        await page.Locator("#files").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始上传" }).ClickAsync();
        await Assertions.Expect(page.Locator("#queue li")).ToContainTextAsync("上传完成", new() { Timeout = 60_000 });
        Assert.Equal((4 * 1024 * 1024).ToString(), offsets.First());
        await Assertions.Expect(page.Locator("#uploaded li").Filter(new() { HasText = "电池检测讲义.txt" })).ToHaveCountAsync(1);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task RefusedUpload_ShowsReasonAndRetry_UnreadableFile_ShowsWhyAndCanBeDeleted()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "cf-teacher", "Demo123456");
        await Drafts.NewAsync(page, Testing.Unique.Name("电池检测工作页"));

        // A program dressed up as a PDF is refused on the spot: the reason and a retry button.
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "工作页.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ\u0090\0 not a pdf at all") });
        await page.GetByRole(AriaRole.Button, new() { Name = "开始上传" }).ClickAsync();
        var refused = page.Locator("#queue li").Filter(new() { HasText = "工作页.pdf" });
        await Assertions.Expect(refused).ToContainTextAsync("文件内容与扩展名不符", new() { Timeout = 20_000 });
        await Assertions.Expect(refused.GetByRole(AriaRole.Button, new() { Name = "重试" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#uploaded")).ToContainTextAsync("还没有文件");

        // A file that looks like a PDF but cannot be read is taken, then marked failed with the reason.
        await Drafts.UploadAsync(page, "损坏.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\nbroken body\n"), until: "处理失败：");
        var broken = page.Locator("#uploaded li").Filter(new() { HasText = "损坏.pdf" });
        await PageChecks.AssertAccessibleAsync(page);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await broken.GetByRole(AriaRole.Button, new() { Name = "删除 损坏.pdf" }).ClickAsync();
        await Assertions.Expect(page.Locator("#uploaded")).ToContainTextAsync("还没有文件");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交审核" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task UploadedImage_ShowsThumbnail_OpensLargerViewOnThePage()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "cf-teacher", "Demo123456");
        await Drafts.NewAsync(page, Testing.Unique.Name("焊缝图片案例库"), "CaseLibrary");
        await Drafts.UploadAsync(page, "焊缝.png", "image/png", Convert.FromBase64String(SamplePng));

        await page.GetByRole(AriaRole.Link, new() { Name = "查看资源包页面" }).ClickAsync();
        await page.GetByRole(AriaRole.Img, new() { Name = "焊缝.png 的缩略图" }).ClickAsync();
        var large = page.GetByRole(AriaRole.Dialog, new() { Name = "焊缝.png" }).GetByRole(AriaRole.Img);
        await Assertions.Expect(large).ToBeVisibleAsync();
        Assert.Equal(200, await large.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        PageChecks.AssertNoCspViolation(page);
    }

    // 200 × 120 PNG: a red frame around a white box.
    private const string SamplePng = "iVBORw0KGgoAAAANSUhEUgAAAMgAAAB4AQMAAACNXC+oAAAABGdBTUEAALGPC/xhBQAAACBjSFJNAAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABlBMVEWzJh7////HwAQOAAAAAWJLR0QB/wIt3gAAAAd0SU1FB+oLFw8tM1WzsLcAAAAnSURBVEjH7ckxDQAwCAAwHODfKd+W8IID2rcR0PJNZYwxxhizDmd8EWxQj1Ho4lQAAAAldEVYdGRhdGU6Y3JlYXRlADIwMjYtMTEtMjNUMTU6NDU6NTErMDA6MDAJW0wqAAAAJXRFWHRkYXRlOm1vZGlmeQAyMDI2LTExLTIzVDE1OjQ1OjUxKzAwOjAweAb0lgAAAABJRU5ErkJggg==";
}
