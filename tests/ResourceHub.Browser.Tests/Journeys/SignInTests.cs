using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

public sealed class SignInTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Admin_SignsInOnThePage_SeesHomeWithZoneNameAndAdminMenu()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await BrowserSite.SignInAsync(page, "admin", Testing.SiteFixture.AdminPassword);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工学一体化改革专区", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".account .who")).ToHaveTextAsync("系统管理员");
        // The admin pages fold into one drop-down of the menu, opened and closed by keyboard.
        var schools = page.GetByRole(AriaRole.Link, new() { Name = "学校管理" });
        await Assertions.Expect(schools).ToBeHiddenAsync();
        await page.Locator("summary", new() { HasText = "系统管理" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(schools).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "home");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(schools).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("summary", new() { HasText = "系统管理" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Admin_CreatesSchoolAndTeacherOnAdminPages_TeacherSignsIn()
    {
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "admin", Testing.SiteFixture.AdminPassword);
        var schoolName = Testing.Unique.Name("鄂尔多斯技师学院");
        await page.GotoAsync("/admin/schools");
        await page.GetByLabel("学校名称").FillAsync(schoolName);
        await page.GetByLabel("学校类型").SelectOptionAsync(new SelectOptionValue { Label = "技师学院" });
        await page.GetByLabel("所在地区").SelectOptionAsync("内蒙古自治区");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(schoolName);
        await BrowserSite.ScreenshotAsync(page, "admin-schools");

        var userName = Testing.Unique.Name("teacher");
        await page.GotoAsync("/admin/users");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("姓名").FillAsync("张老师");
        await page.GetByLabel("初始密码").FillAsync("Passw0rd-123");
        await page.GetByLabel("教师", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("学校", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = schoolName });
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(userName);

        var teacherPage = await site.NewPageAsync(390, 844);
        await BrowserSite.SignInAsync(teacherPage, userName, "Passw0rd-123");
        await Assertions.Expect(teacherPage.Locator(".account .who")).ToHaveTextAsync("张老师");
        await Assertions.Expect(teacherPage.GetByRole(AriaRole.Link, new() { Name = "学校管理" })).ToHaveCountAsync(0);
        // Phone width: nothing scrolls sideways.
        var overflow = await teacherPage.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsChineseErrorAndKeepsUserName()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync("bt-teacher");
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await Assertions.Expect(page.GetByLabel("用户名")).ToHaveValueAsync("bt-teacher");
    }
}
