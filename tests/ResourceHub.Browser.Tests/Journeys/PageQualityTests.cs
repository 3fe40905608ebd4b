using System.Net;
using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>Every main page: accessible (axe), valid HTML (Nu), phone width, nothing from outside.</summary>
public sealed class PageQualityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] PublicPages = ["/", "/account/login", "/specialties", "/articles", "/browse", "/browse/0102", "/search?q=数控", "/search?q=齿轮泵拆装不存在&resourceType=Textbook", "/standards", "/reform", "/specialties/0102/courses", "/training", "/training/bases", "/certificates", "/no-such-page"];
    private static readonly string[] TeacherPages = ["/my/packages", "/packages/edit", "/selections", "/inbox", "/reform/workload", "/training/my"];
    private static readonly string[] AdminPages = ["/admin/schools", "/admin/users", "/admin/articles", "/admin/articles/edit", "/admin/review-policies", "/reform/settings", "/reform/applications", "/reform/training", "/reform/evaluations", "/review", "/inbox", "/reform/workload", "/admin/courses", "/training/manage", "/training/bases"];

    [Fact]
    public async Task MainPages_AnonymousAndAdmin_PassAxeAtDesktopAndPhoneWidth()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await site.NewPageAsync(width, 844);
            var outside = PageChecks.TrackOutsideRequests(page, site.BaseUrl);
            foreach (var path in PublicPages)
            {
                await CheckAsync(page, path);
            }
            await BrowserSite.SignInAsync(page, "admin", Testing.SiteFixture.AdminPassword);
            foreach (var path in AdminPages.Prepend("/"))
            {
                await CheckAsync(page, path);
            }
            // An open drop-down of the menu must not push the page sideways either; on a phone the menu opens first.
            var menu = page.GetByRole(AriaRole.Button, new() { Name = "菜单" });
            if (width == 390)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeHiddenAsync();
                await menu.ClickAsync();
                await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
            }
            else
            {
                await Assertions.Expect(menu).ToBeHiddenAsync();
            }
            await page.Locator("summary", new() { HasText = "系统管理" }).ClickAsync();
            await CheckAsync(page, null);
            Assert.Empty(outside);

            var teacher = await site.NewPageAsync(width, 844);
            await BrowserSite.SignInAsync(teacher, "bt-teacher", "Demo123456");
            foreach (var path in TeacherPages)
            {
                await CheckAsync(teacher, path);
            }
            // A draft of the teacher's own school with a file: its page, its upload step, its review step.
            var packagePath = await NewDraftWithFileAsync(teacher);
            foreach (var path in DraftSteps)
            {
                await CheckAsync(teacher, packagePath + path);
            }

            var schoolAdmin = await site.NewPageAsync(width, 844);
            await BrowserSite.SignInAsync(schoolAdmin, "bt-admin", "Demo123456");
            await CheckAsync(schoolAdmin, "/my/packages");
            await CheckAsync(schoolAdmin, "/reform/workload");
            await Assertions.Expect(schoolAdmin.Locator("main")).ToContainTextAsync("216");
            await BrowserSite.ScreenshotAsync(schoolAdmin, width == 390 ? "workload-phone" : "workload");
        }
    }

    [Fact]
    public async Task MainPages_ServerHtml_PassesNuHtmlChecker()
    {
        var pages = new Dictionary<string, string>();
        var client = site.CreateClient();
        foreach (var path in PublicPages)
        {
            // The 404 page too: its status is 404, its HTML must still be valid.
            pages[path] = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        }
        var browser = await site.NewPageAsync();
        await BrowserSite.SignInAsync(browser, "admin", Testing.SiteFixture.AdminPassword);
        foreach (var path in AdminPages)
        {
            var response = await browser.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.OK, response!.Status);
            pages[path] = await response.TextAsync();
        }
        var teacher = await site.NewPageAsync();
        await BrowserSite.SignInAsync(teacher, "bt-teacher", "Demo123456");
        foreach (var path in TeacherPages)
        {
            var response = await teacher.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.OK, response!.Status);
            pages[path] = await response.TextAsync();
        }
        var packagePath = await NewDraftWithFileAsync(teacher);
        foreach (var path in DraftSteps)
        {
            var response = await teacher.GotoAsync(packagePath + path);
            Assert.Equal((int)HttpStatusCode.OK, response!.Status);
            pages[packagePath + path] = await response.TextAsync();
        }
        var schoolAdmin = await site.NewPageAsync();
        await BrowserSite.SignInAsync(schoolAdmin, "bt-admin", "Demo123456");
        pages["/my/packages (school admin)"] = await (await schoolAdmin.GotoAsync("/my/packages"))!.TextAsync();
        await PageChecks.AssertValidHtmlAsync(pages);
    }

    private static readonly string[] DraftSteps = ["", "/upload", "/review"];

    /// <summary>Creates a draft on the form and uploads a PDF on the upload step; returns the package's path.</summary>
    private static async Task<string> NewDraftWithFileAsync(IPage teacher)
    {
        var path = await Drafts.NewAsync(teacher, Testing.Unique.Name("页面检查资源包"));
        await Drafts.UploadAsync(teacher, "检查.pdf", "application/pdf", SamplePdf.WithText("Page check"));
        return path;
    }

    private static Task CheckAsync(IPage page, string? path) => PageChecks.AssertPageAsync(page, path);
}
