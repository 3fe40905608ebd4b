using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>A teacher creates and edits a package on the pages; other schools cannot see the draft.</summary>
public sealed class PackageFormTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Teacher_CreatesPackageOnForm_SeesItInSchoolWorkbench_OtherSchoolGets404()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "bt-teacher", "Demo123456");
        await page.GotoAsync("/my/packages");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建资源包" }).ClickAsync();

        var title = Testing.Unique.Name("数控车床编程与操作活页式教材");
        await page.GetByLabel("标题").FillAsync(title);
        await page.GetByLabel("简介").FillAsync("以典型工作任务为载体，涵盖 G71 粗车循环。");
        await page.GetByLabel("专业").SelectOptionAsync("0102");
        // The specialty's curriculum comes into the picker: the course and its learning task.
        var picker = page.GetByLabel("课程 · 学习任务");
        await Assertions.Expect(picker.Locator("option", new() { HasText = "数控车床零件加工 · 阶梯轴的数控车削加工" })).ToBeAttachedAsync();
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "数控车床零件加工 · 阶梯轴的数控车削加工" });
        await page.GetByLabel("企业人员").FillAsync("王工");
        await page.GetByLabel("资源类型").SelectOptionAsync("Textbook");
        await page.GetByLabel("教材形式（教材填写）").SelectOptionAsync("LooseLeaf");
        await page.GetByLabel("标签（用逗号或空格分隔）").FillAsync("G71, 数控车削");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存，下一步" }).ClickAsync();

        // Saved, the draft goes on to its files (step 2), and submitting waits for a file.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".steps [aria-current=step]")).ToContainTextAsync("上传文件");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交审核" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "查看资源包页面" }).ClickAsync();
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("活页式");
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("草稿");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("数控车床零件加工");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("王工（企业）");
        var packageUrl = page.Url;

        await page.GotoAsync("/my/packages?status=Draft");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        var other = await site.NewPageAsync();
        await BrowserSite.SignInAsync(other, "gz-teacher", "Demo123456");
        var response = await other.GotoAsync(packageUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "页面不存在" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PackageForm_WithMistakes_MarksFieldsAndKeepsWhatWasTyped()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "cf-teacher", "Demo123456");
        await page.GotoAsync("/packages/edit");
        await page.GetByLabel("简介").FillAsync("保留我输入的内容");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByText("请填写标题。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("请选择专业。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("简介")).ToHaveValueAsync("保留我输入的内容");
        await Assertions.Expect(page.GetByLabel("标题")).ToHaveAttributeAsync("aria-invalid", "true");
    }
}
