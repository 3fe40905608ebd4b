using System.Net;
using Microsoft.Playwright;
using ResourceHub.Browser.Tests.Infrastructure;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Journeys;

/// <summary>
/// 网络师资研修 as people do it: a teacher enrols, reads a PDF to its last page in the page's viewer,
/// watches a video in the player, hands in an assignment; the organiser marks it; the certificate's
/// code verifies, and the region's trained teachers and the phase's 人次 rise by one.
/// </summary>
public sealed class TrainingJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Region = "内蒙古自治区";
    private const string Phase = "研修旅程阶段";

    [Fact]
    public async Task Programme_PdfVideoAndAssignment_CompletedCertifiedAndCounted()
    {
        // Set-up through the API: two published packages, a programme of three units, a new teacher.
        var admin = await Api().SignInAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/targets/phases", new { region = Region, number = 8, name = Phase, start = today.AddDays(-30), end = today.AddDays(30), teachers = 200 }), HttpStatusCode.OK);
        var school = await admin.CreateSchoolAsync(region: Region);
        var (authorName, authorPassword) = await admin.CreateUserAsync(school, "Teacher");
        var author = await Api().SignInAsync(authorName, authorPassword);
        var pdf = await PublishedAsync(author, "一体化工作页.pdf", SamplePdf.WithText("Task one", "Task two", "Task three"), "application/pdf");
        var video = await PublishedAsync(author, "示范操作.webm", await SampleVideo.WebmAsync(3), "video/webm");
        var title = Unique.Name("数控车削一体化教学研修");
        var programme = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/training/programmes", new
        {
            title, organiserKind = "Region", region = Region, specialtyCode = "0102", hours = 16, start = today, end = today.AddDays(20), capacity = 30,
        }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        foreach (var unit in new object[]
        {
            new { kind = "Package", title = "研读工作页", packageId = pdf },
            new { kind = "Package", title = "观看示范视频", packageId = video },
            new { kind = "Assignment", title = "设计一个学习任务", instructions = "依据课程标准设计一个学习任务，上传其工作页。" },
        })
        {
            await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/training/programmes/{programme}/units", unit), HttpStatusCode.Created);
        }
        var (teacherName, teacherPassword) = await admin.CreateUserAsync(school, "Teacher");
        var before = await TargetsAsync(admin);

        // The teacher finds the programme in the catalogue by specialty and region, and enrols.
        var teacher = await site.NewPageAsync(390, 844);
        await BrowserSite.SignInAsync(teacher, teacherName, teacherPassword);
        await teacher.GotoAsync("/training");
        await teacher.GetByLabel("专业").SelectOptionAsync("0102");
        await teacher.GetByLabel("地区").SelectOptionAsync(Region);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "报名参加" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("报名成功。");

        // Reading: page by page in the in-page viewer, to the last page.
        await teacher.Locator("summary", new() { HasText = "阅读 一体化工作页.pdf" }).ClickAsync();
        var viewer = teacher.Locator("[data-pdf-viewer]");
        await Assertions.Expect(viewer).ToContainTextAsync("第 1 / 3 页");
        var state = teacher.Locator(".panel", new() { HasText = "一体化工作页.pdf" }).Locator("[data-file-state]");
        await Assertions.Expect(state).ToHaveTextAsync("已读到第 1/3 页");
        for (var page = 2; page <= 3; page++)
        {
            await viewer.GetByRole(AriaRole.Button, new() { Name = "下一页" }).ClickAsync();
            await Assertions.Expect(viewer).ToContainTextAsync($"第 {page} / 3 页");
        }
        await Assertions.Expect(state).ToHaveTextAsync("已完成");

        // Watching: the player plays it through; its own played ranges are what counts.
        var player = teacher.Locator("video");
        await player.EvaluateAsync("v => { v.muted = true; return v.play(); }");
        await Assertions.Expect(teacher.Locator(".panel", new() { HasText = "示范操作.webm" }).Locator("[data-file-state]")).ToHaveTextAsync("已完成", new() { Timeout = 30_000 });

        // The assignment: a draft package of the teacher's school, a file uploaded, handed in.
        await teacher.ReloadAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "开始作业（新建本校草稿资源包）" }).ClickAsync();
        await BrowserSite.WaitForPathAsync(teacher, "/upload");
        await Drafts.UploadAsync(teacher, "学习任务设计.pdf", "application/pdf", SamplePdf.WithText("Learning task design"));
        await teacher.GotoAsync($"/training/programmes/{programme}");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "提交作业" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("作业已提交，等待组织者评阅。");
        await PageChecks.AssertPageAsync(teacher, null);

        // The organiser opens the handed-in package and marks it.
        var organiser = await site.NewPageAsync();
        await BrowserSite.SignInAsync(organiser, "admin", SiteFixture.AdminPassword);
        await organiser.GotoAsync($"/training/manage/{programme}");
        var row = organiser.Locator("tbody tr", new() { HasText = "测试用户" });
        await Assertions.Expect(row).ToContainTextAsync("已提交，待评阅");
        await row.GetByRole(AriaRole.Button, new() { Name = "合格" }).ClickAsync();
        await Assertions.Expect(organiser.Locator("main")).ToContainTextAsync("已评为合格。");
        await Assertions.Expect(organiser.Locator("tbody tr", new() { HasText = "测试用户" })).ToContainTextAsync("已结业");
        await PageChecks.AssertPageAsync(organiser, null);
        await BrowserSite.ScreenshotAsync(organiser, "training-participants");
        var export = await organiser.APIRequest.GetAsync($"/api/v1/training/programmes/{programme}/participants?format=xlsx");
        Assert.Equal(200, export.Status);

        // The teacher has a certificate; its code verifies on the public page and through the API.
        await teacher.GotoAsync($"/training/programmes/{programme}");
        var code = await teacher.Locator(".alert-ok strong").TextContentAsync();
        Assert.False(string.IsNullOrEmpty(code));
        await BrowserSite.ScreenshotAsync(teacher, "training-programme-phone");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "验证页面" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("证书有效");
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync(title);
        await PageChecks.AssertPageAsync(teacher, null);
        var verified = await ApiClient.ExpectAsync(await Api().GetAsync($"/api/v1/certificates/{code}"), HttpStatusCode.OK);
        Assert.Equal(title, verified["programme"]!.GetValue<string>());
        await PageChecks.AssertPageAsync(teacher, "/training/my");
        await Assertions.Expect(teacher.Locator("main")).ToContainTextAsync("3/3 个单元");

        var after = await TargetsAsync(admin);
        Assert.Equal(before.Teachers + 1, after.Teachers);
        Assert.Equal(before.PhaseTeachers + 1, after.PhaseTeachers);

        await PageChecks.AssertValidHtmlAsync(new Dictionary<string, string>
        {
            ["programme"] = await (await teacher.GotoAsync($"/training/programmes/{programme}"))!.TextAsync(),
            ["manage"] = await (await organiser.GotoAsync($"/training/manage/{programme}"))!.TextAsync(),
            ["certificate"] = await (await organiser.GotoAsync($"/certificates/{code}"))!.TextAsync(),
        });
    }

    private ApiClient Api() => new(new HttpClient { BaseAddress = new Uri(site.BaseUrl) });

    private async Task<Guid> PublishedAsync(ApiClient author, string name, byte[] bytes, string type)
    {
        var package = (await ApiClient.ExpectAsync(await author.PostAsync("/api/v1/packages", new
        {
            title = Unique.Name("研修资源"), description = "研修用", specialtyCode = "0102", resourceType = type == "video/webm" ? "Video" : "WorkPage", tags = Array.Empty<string>(),
        }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await author.UploadAsync(package, name, bytes, type);
        await Publishing.PublishAsync(Api, author, package);
        return package;
    }

    private static async Task<(int Teachers, int PhaseTeachers)> TargetsAsync(ApiClient client)
    {
        var targets = await ApiClient.ExpectAsync(await client.GetAsync($"/api/v1/targets?region={Uri.EscapeDataString(Region)}"), HttpStatusCode.OK);
        var phase = targets["phases"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == Phase)!;
        return (targets["actual"]!["teachers"]!.GetValue<int>(), phase["actual"]!["teachers"]!.GetValue<int>());
    }
}
