using System.Net;
using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>
/// An appointed expert's journey in the browser: the assignment notice in the inbox, the review
/// desk with its due date, the decision; the textbook is then published. The demo's `expert` is
/// the pool's only 数控 expert, so the site assigns the stage to them.
/// </summary>
public sealed class ExpertJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Expert_FromAssignmentNoticeToDecision_TextbookPublished()
    {
        site.EnsureAvailable();
        var title = Unique.Name("数控铣削加工活页式教材");
        ApiClient Api() => new(new HttpClient { BaseAddress = new Uri(site.BaseUrl) });
        var teacher = await Api().SignInAsync("bt-teacher", "Demo123456");
        var created = await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", new
        {
            title, description = "供专家审核的教材", specialtyCode = "0102", resourceType = "Textbook", textbookForm = "LooseLeaf", tags = new[] { "数控" },
        }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        await teacher.SubmitAsync(id);
        var reviewer = await Api().SignInAsync("bt-reviewer", "Demo123456");
        var schoolStage = (await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK)).AsArray()
            .Single(r => r!["packageId"]!.GetValue<Guid>() == id)!;
        await ApiClient.ExpectAsync(await reviewer.PostAsync($"/api/v1/reviews/{schoolStage["id"]}/decision", new { decision = "Approve", comment = "学校同意。" }), HttpStatusCode.OK);

        // The expert sees the notice, opens the task from it, sees the due date and the version.
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "expert", "Demo123456");
        await page.GotoAsync("/inbox");
        var notice = page.GetByRole(AriaRole.Link, new() { Name = $"专家审核任务：《{title}》（第 1 版）" });
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("请在");
        await BrowserSite.ScreenshotAsync(page, "expert-inbox");
        await notice.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("您是这项专家审核的指派专家");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "拒绝审核" })).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "expert-review");

        // The workbench lists it with its due date.
        await page.GotoAsync("/review");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync(DateTimeOffset.UtcNow.AddHours(8).AddDays(14).ToString("yyyy-MM-dd"));
        await row.GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();

        await page.GetByLabel("通过", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("审核意见（退回或不通过时必填）").FillAsync("符合一体化课程标准，同意发布。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核结论" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交审核结论：通过");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("专家库专家");

        var package = await ApiClient.ExpectAsync(await teacher.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        Assert.Equal("Published", package["status"]!.GetValue<string>());
    }
}
