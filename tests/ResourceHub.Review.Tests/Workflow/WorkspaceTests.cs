using System.Net;
using System.Net.Http.Json;
using System.Text;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>
/// The reviewer's desk on a resubmitted version: the author's 修改说明, what changed since the
/// returned version (fields, files by hash, text lines), the earlier opinion with its line breaks;
/// the checklist of the resource type is data, ticked with the decision and printed on the sheet.
/// </summary>
public abstract class WorkspaceTests(SiteFixture site)
{
    [Fact]
    public async Task Resubmission_ShowsChangeNoteChangesAndEarlierOpinion_ChecklistRecordedAndPrinted()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        var first = await w.TeacherA.UploadAsync(id, "学习任务一.txt", Encoding.UTF8.GetBytes("学习任务一：阶梯轴车削\n工艺分析\n"), "text/plain");
        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>(), "Return",
            "1. 请补充学习任务的评价表。\n2. 标题应写明适用层级。"), HttpStatusCode.OK);

        // The author changes the title and replaces the file's text, then resubmits with a 修改说明.
        await ApiClient.ExpectAsync(await w.TeacherA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "数控车削加工教材（中级工）", description = "工学一体化活页式教材", specialtyCode = "0102", resourceType = "Textbook", tags = new[] { "数控" },
        }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await w.TeacherA.Http.DeleteAsync($"/api/v1/packages/{id}/files/{first["id"]}")).StatusCode);
        await w.TeacherA.UploadAsync(id, "学习任务一.txt", Encoding.UTF8.GetBytes("学习任务一：阶梯轴车削\n工艺分析\n学习评价表：自评、互评、教师评价\n"), "text/plain");
        await ApiClient.ExpectAsync(await w.TeacherA.Http.PostAsync($"/api/v1/packages/{id}/submit",
            JsonContent.Create(new { changeNote = "按意见补充了评价表；\n标题写明中级工。" })), HttpStatusCode.OK);

        var reviewId = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        var page = await PageShowingAsync(w.ReviewerA, $"/review/{reviewId}", "学习评价表：自评、互评、教师评价");
        Assert.Contains("与第 1 版相比的变化", page);
        Assert.Contains("数控车削加工教材（中级工）", page);
        Assert.Contains("替换文件", page);
        Assert.Contains("按意见补充了评价表；\n标题写明中级工。", page);
        Assert.Contains("1. 请补充学习任务的评价表。\n2. 标题应写明适用层级。", page);
        Assert.Contains("以往版本的审核意见", page);
        Assert.Contains("审核要点", page);

        // The checklist is data: an Admin sets the textbook's points; a ticked point must be one of them.
        var points = new[] { "依据一体化课程标准编写", "学习评价完整" };
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PutAsync("/api/v1/review-checklists/Textbook", new { items = points }), HttpStatusCode.Forbidden);
        await ApiClient.ExpectAsync(await w.Admin.PutAsync("/api/v1/review-checklists/Textbook", new { items = points }), HttpStatusCode.OK);
        Assert.Equal(points, (await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/review-checklists/Textbook"), HttpStatusCode.OK)).AsArray().Select(p => p!.GetValue<string>()));
        await ApiClient.ExpectProblemAsync(await w.ReviewerA.PostAsync($"/api/v1/reviews/{reviewId}/decision",
            new { decision = "Approve", comment = "同意", checklist = new[] { "不存在的要点" } }), HttpStatusCode.BadRequest);
        var decided = await ApiClient.ExpectAsync(await w.ReviewerA.PostAsync($"/api/v1/reviews/{reviewId}/decision",
            new { decision = "Approve", comment = "修改到位，同意。", checklist = new[] { points[0] } }), HttpStatusCode.OK);
        var decision = decided["decisions"]!.AsArray().Last()!;
        Assert.Equal(points[0], Assert.Single(decision["checklistMet"]!.AsArray())!.GetValue<string>());
        Assert.Equal(points[1], Assert.Single(decision["checklistOpen"]!.AsArray())!.GetValue<string>());
        var sheet = await w.TeacherA.PageAsync($"/packages/{id}/versions/2/sheet");
        Assert.Contains($"☑ {points[0]}", sheet);
        Assert.Contains($"☐ {points[1]}", sheet);
    }

    /// <summary>The review page once the version's text was extracted (a background job), as a reviewer reloading it would.</summary>
    private static async Task<string> PageShowingAsync(ApiClient reviewer, string path, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await reviewer.PageAsync(path);
            if (page.Contains(text) || DateTime.UtcNow > deadline)
            {
                Assert.Contains(text, page);
                return page;
            }
            await Task.Delay(300, TestContext.Current.CancellationToken);
        }
    }
}

public sealed class WorkspaceTests_Sqlite(SqliteSite s) : WorkspaceTests(s), IClassFixture<SqliteSite>;

public sealed class WorkspaceTests_PostgreSql(PostgreSqlSite s) : WorkspaceTests(s), IClassFixture<PostgreSqlSite>;
