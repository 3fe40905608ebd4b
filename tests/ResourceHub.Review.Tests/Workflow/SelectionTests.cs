using System.Net;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>凡选必审: a school's choice of a published textbook counts only after its review.</summary>
public abstract class SelectionTests(SiteFixture site)
{
    [Fact]
    public async Task Selection_OtherSchoolChoosesTextbook_CountsOnlyAfterReview()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var created = await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new
        {
            packageId = id, courseName = "数控车削加工", term = "2026-2027学年第一学期", reason = "与本校一体化课程标准一致。",
        }), HttpStatusCode.Created);
        Assert.Equal("InReview", created["status"]!.GetValue<string>());
        var selection = created["id"]!.GetValue<Guid>();

        var list = $"/api/v1/schools/{w.SchoolB}/textbooks";
        Assert.Empty((await ApiClient.ExpectAsync(await site.Api().GetAsync(list), HttpStatusCode.OK)).AsArray());

        var review = await QueuedReviewAsync(w.ReviewerB, id);
        Assert.Equal("Selection", review["kind"]!.GetValue<string>());
        Assert.Equal(selection, review["selectionId"]!.GetValue<Guid>());
        Assert.False(await HasQueuedAsync(w.TeacherB, id));
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.TeacherB, review["id"]!.GetValue<Guid>(), "Approve"), HttpStatusCode.Forbidden);

        var got = await ApiClient.ExpectAsync(await w.ReviewerB.GetAsync($"/api/v1/selections/{selection}"), HttpStatusCode.OK);
        Assert.Equal(w.SchoolB, got["schoolId"]!.GetValue<Guid>());
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerB, review["id"]!.GetValue<Guid>(), "Approve", "同意选用。"), HttpStatusCode.OK);

        var approved = await ApiClient.ExpectAsync(await w.TeacherB.GetAsync($"/api/v1/selections/{selection}"), HttpStatusCode.OK);
        Assert.Equal("Approved", approved["status"]!.GetValue<string>());
        var textbooks = (await ApiClient.ExpectAsync(await site.Api().GetAsync(list), HttpStatusCode.OK)).AsArray();
        var entry = Assert.Single(textbooks)!;
        Assert.Equal("数控车削加工", entry["courseName"]!.GetValue<string>());
        Assert.Equal("2026-2027学年第一学期", entry["term"]!.GetValue<string>());
        Assert.Equal(id, entry["packageId"]!.GetValue<Guid>());

        // The textbook's school reads the selection in its history; nobody else reads another school's choices there.
        var history = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK);
        Assert.Contains(history.AsArray(), h => h!["action"]!.GetValue<string>() == "SelectionApproved");
        var outside = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK);
        Assert.DoesNotContain(outside.AsArray(), h => h!["action"]!.GetValue<string>().StartsWith("Selection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Selection_ReturnedOrRejected_NotInList()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        foreach (var decision in new[] { "Return", "Reject" })
        {
            await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控编程", reason = "试用" }), HttpStatusCode.Created);
            var review = await QueuedReviewAsync(w.ReviewerB, id);
            await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerB, review["id"]!.GetValue<Guid>(), decision, "理由不充分。"), HttpStatusCode.OK);
        }
        Assert.Empty((await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/schools/{w.SchoolB}/textbooks"), HttpStatusCode.OK)).AsArray());
        var mine = await ApiClient.ExpectAsync(await w.TeacherB.GetAsync("/api/v1/selections"), HttpStatusCode.OK);
        Assert.Equal(["Rejected", "Returned"], mine.AsArray().Select(s => s!["status"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Selection_NotPublishedOrNotTextbook_Refused()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var inReview = await w.SubmittedPackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PostAsync("/api/v1/selections", new { packageId = inReview, courseName = "数控编程", reason = "试用" }), HttpStatusCode.Conflict);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = inReview, courseName = "数控编程", reason = "试用" }), HttpStatusCode.NotFound);

        var workPage = await w.SubmittedPackageAsync(w.TeacherA, "WorkPage");
        await ApproveAsync(w.ReviewerA, workPage);
        var problem = await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = workPage, courseName = "数控编程", reason = "试用" }), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["packageId"]);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = workPage, reason = "试用" }), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await w.Expert.PostAsync("/api/v1/selections", new { packageId = workPage, courseName = "数控编程", reason = "试用" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Selection_SeenByItsSchoolReviewersItsAssignedExpertAndAdminOnly()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var created = await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控编程", reason = "试用" }), HttpStatusCode.Created);
        var path = $"/api/v1/selections/{created["id"]}";
        await ApiClient.ExpectProblemAsync(await w.TeacherA.GetAsync(path), HttpStatusCode.NotFound);
        await ApiClient.ExpectAsync(await w.ReviewerB.GetAsync(path), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await w.ReviewerA.GetAsync(path), HttpStatusCode.NotFound);
        // The outside expert assigned beside the committee sees it; an appointed expert who is not assigned does not.
        await ApiClient.ExpectAsync(await w.Expert.GetAsync(path), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await (await w.AppointedAsync()).GetAsync(path), HttpStatusCode.NotFound);
        await ApiClient.ExpectAsync(await w.Admin.GetAsync(path), HttpStatusCode.OK);
    }
}

public sealed class SelectionTests_Sqlite(SqliteSite s) : SelectionTests(s), IClassFixture<SqliteSite>;

public sealed class SelectionTests_PostgreSql(PostgreSqlSite s) : SelectionTests(s), IClassFixture<PostgreSqlSite>;
