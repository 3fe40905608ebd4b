using System.Net;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>The review pages render for the people they are for, and hide drafts from the rest.</summary>
public abstract class PageTests(SiteFixture site)
{
    [Fact]
    public async Task Pages_WorkbenchAuthorViewSheetSelectionsInbox_Render()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();

        Assert.Contains($"/review/{review}", await w.ReviewerA.PageAsync("/review"));
        var desk = await w.ReviewerA.PageAsync($"/review/{review}");
        Assert.Contains("提交审核结论", desk);
        Assert.Contains("学校审核", desk);
        await w.TeacherB.PageAsync($"/review/{review}", HttpStatusCode.NotFound);

        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, review, "Return", "请补充考核与评价。"), HttpStatusCode.OK);
        var status = await w.TeacherA.PageAsync($"/packages/{id}/review");
        Assert.Contains("请补充考核与评价。", status);
        Assert.Contains("已退回", status);
        await w.TeacherB.PageAsync($"/packages/{id}/review", HttpStatusCode.NotFound);

        var sheet = await w.TeacherA.PageAsync($"/packages/{id}/versions/1/sheet");
        Assert.Contains("教学资源审核意见表", sheet);
        // The theme's stylesheet prints the sheet alone, without the site's header and menus.
        Assert.Contains("class=\"sheet card\"", sheet);
        var css = await w.TeacherA.Http.GetStringAsync("/_content/ResourceHub.Theme.Default/css/site.css");
        Assert.Contains("@media print", css);
        Assert.Contains("请补充考核与评价。", sheet);

        Assert.Contains("请补充考核与评价。", await w.TeacherA.PageAsync("/inbox"));
        Assert.Contains("本校教材选用目录", await w.TeacherB.PageAsync("/selections"));
        Assert.Contains("全国默认", await w.Admin.PageAsync("/admin/review-policies"));
    }

    [Fact]
    public async Task DecisionForm_ReturnWithoutThenWithComment_RefusedThenRecorded()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        var path = $"/review/{review}";

        var refused = await w.ReviewerA.PostFormAsync(path, new() { ["Input.Decision"] = "Return", ["Input.Comment"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("必须填写审核意见", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("InReview", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());

        var done = await w.ReviewerA.PostFormAsync(path, new() { ["Input.Decision"] = "Return", ["Input.Comment"] = "页面退回：补充实训安全要求。" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Returned", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_ReviewRoutes_Documented()
    {
        var doc = await site.Api().PageAsync("/openapi/v1.json");
        foreach (var route in new[] { "/api/v1/packages/{id}/submit", "/api/v1/packages/{id}/revise", "/api/v1/packages/{id}/history",
            "/api/v1/reviews", "/api/v1/reviews/{id}/decision", "/api/v1/selections", "/api/v1/selections/{id}", "/api/v1/inbox", "/api/v1/review-policies" })
        {
            Assert.Contains($"\"{route}\"", doc);
        }
    }
}

public sealed class PageTests_Sqlite(SqliteSite s) : PageTests(s), IClassFixture<SqliteSite>;

public sealed class PageTests_PostgreSql(PostgreSqlSite s) : PageTests(s), IClassFixture<PostgreSqlSite>;
