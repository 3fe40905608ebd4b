using Microsoft.Playwright;

namespace ResourceHub.Browser.Tests.Infrastructure;

/// <summary>Step 1 of a draft as a teacher does it on the form; the pages then stand on step 2, its files.</summary>
public static class Drafts
{
    /// <param name="more">Fills further fields before saving (a textbook's form, say).</param>
    /// <returns>The package's path, /packages/{id}.</returns>
    public static async Task<string> NewAsync(IPage page, string title, string resourceType = "WorkPage", Func<IPage, Task>? more = null)
    {
        await page.GotoAsync("/packages/edit");
        await page.GetByLabel("标题").FillAsync(title);
        await page.GetByLabel("专业").SelectOptionAsync("0102");
        await page.GetByLabel("资源类型").SelectOptionAsync(resourceType);
        if (more is not null)
        {
            await more(page);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "保存，下一步" }).ClickAsync();
        await BrowserSite.WaitForPathAsync(page, "/upload");
        return new Uri(page.Url).AbsolutePath[..^"/upload".Length];
    }

    /// <summary>On the upload step: sends one file and waits until the server has processed it.</summary>
    public static async Task UploadAsync(IPage page, string name, string mimeType, byte[] bytes, string until = "已就绪")
    {
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = bytes });
        await page.GetByRole(AriaRole.Button, new() { Name = "开始上传" }).ClickAsync();
        await Assertions.Expect(page.Locator("#uploaded li").Filter(new() { HasText = name })).ToContainTextAsync(until, new() { Timeout = 30_000 });
    }
}
