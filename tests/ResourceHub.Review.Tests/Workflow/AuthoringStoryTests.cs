using System.Net;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>The whole 凡编必审 story as a teacher, her school and an outside expert live it, through the API.</summary>
public abstract class AuthoringStoryTests(SiteFixture site)
{
    [Fact]
    public async Task Textbook_ReturnedResubmittedApprovedTwice_PublishedWithWholeHistory()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        var firstHash = await PackageFiles.AddAsync(site, w.TeacherA, id, "第一版：学习任务一");
        var submitted = await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        Assert.Equal("InReview", submitted["status"]!.GetValue<string>());

        // School stage: the school's reviewer sees it (the expert does not yet) and returns it.
        Assert.False(await HasQueuedAsync(w.Expert, id));
        var schoolReview = await QueuedReviewAsync(w.ReviewerA, id);
        Assert.Equal("Authoring", schoolReview["kind"]!.GetValue<string>());
        Assert.Equal("School", schoolReview["stage"]!.GetValue<string>());
        Assert.Equal("Pending", schoolReview["status"]!.GetValue<string>());
        Assert.Equal([firstHash], schoolReview["fileHashes"]!.AsArray().Select(h => h!.GetValue<string>()));
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, schoolReview["id"]!.GetValue<Guid>(), "Return", "学习任务二缺少评价表。"), HttpStatusCode.OK);

        var returned = await PackageAsync(w.TeacherA, id);
        Assert.Equal("Returned", returned["status"]!.GetValue<string>());
        Assert.Equal(2, returned["version"]!.GetValue<int>());

        // Version 2: edited, a file added, resubmitted; the school admin approves, then the expert.
        await ApiClient.ExpectAsync(await w.TeacherA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "数控车削加工（第二版）", specialtyCode = "0102", resourceType = "Textbook", description = "补充评价表",
        }), HttpStatusCode.OK);
        var secondHash = await PackageFiles.AddAsync(site, w.TeacherA, id, "第二版：评价表");
        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        var v2 = await QueuedReviewAsync(w.SchoolAdminA, id);
        Assert.Equal(2, v2["version"]!.GetValue<int>());
        Assert.Equal(new[] { firstHash, secondHash }.Order(StringComparer.Ordinal), v2["fileHashes"]!.AsArray().Select(h => h!.GetValue<string>()));
        await ApproveAsync(w.SchoolAdminA, id, "学校审核同意。");
        Assert.Equal("InReview", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());

        Assert.False(await HasQueuedAsync(w.ReviewerA, id), "nobody of the author's school decides the expert stage");
        var expertReview = await QueuedReviewAsync(w.Expert, id);
        Assert.Equal("Expert", expertReview["stage"]!.GetValue<string>());
        await ApproveAsync(w.Expert, id, "内容符合课程标准，同意出版。");

        var published = await PackageAsync(await site.Api().SignInAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword), id);
        Assert.Equal("Published", published["status"]!.GetValue<string>());
        Assert.Equal(2, published["publishedVersion"]!.GetValue<int>());
        var anonymous = await PackageAsync(site.Api(), id);
        Assert.Equal("数控车削加工（第二版）", anonymous["title"]!.GetValue<string>());

        var history = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK);
        var actions = history.AsArray().Select(h => h!["action"]!.GetValue<string>()).ToList();
        // Its school reads every step. Uploads are edits too: the first file before submitting, the second after the return.
        Assert.Equal(["Created", "Edited", "Submitted", "Returned", "Edited", "Edited", "Submitted", "Approved", "Approved", "Published"], actions);
        // Everyone else reads the steps of the published version only: no edits, no return and its opinion.
        var outside = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK);
        Assert.Equal(["Submitted", "Approved", "Approved", "Published"], outside.AsArray().Select(h => h!["action"]!.GetValue<string>()));
        Assert.All(outside.AsArray(), h => Assert.Equal(2, h!["version"]!.GetValue<int>()));
        var returnEntry = history.AsArray().Single(h => h!["action"]!.GetValue<string>() == "Returned")!;
        Assert.Equal("学习任务二缺少评价表。", returnEntry["comment"]!.GetValue<string>());
        Assert.Equal(1, returnEntry["version"]!.GetValue<int>());
        Assert.Equal("InReview", returnEntry["fromStatus"]!.GetValue<string>());
        Assert.Equal("Returned", returnEntry["toStatus"]!.GetValue<string>());
        Assert.All(history.AsArray(), h => Assert.False(string.IsNullOrEmpty(h!["actor"]!.GetValue<string>())));

        // The opinions stay with the version they were about.
        var reviews = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync($"/api/v1/packages/{id}/reviews"), HttpStatusCode.OK);
        var opinions = reviews.AsArray().SelectMany(r => r!["decisions"]!.AsArray()).Select(d => (d!["version"]!.GetValue<int>(), d["decision"]!.GetValue<string>())).ToList();
        Assert.Equal([(1, "Return"), (2, "Approve"), (2, "Approve")], opinions);

        // The teacher was told of every decision; the reviewers of their new reviews.
        var inbox = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
        Assert.Equal(3, inbox.AsArray().Count);
        var expertInbox = await ApiClient.ExpectAsync(await w.Expert.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
        Assert.Contains(expertInbox.AsArray(), m => m!["link"]!.GetValue<string>() == $"/review/{expertReview["id"]}");
    }

    [Fact]
    public async Task WorkPage_SchoolStageOnly_PublishedAfterSchoolApproval()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA, "WorkPage");
        await ApproveAsync(w.ReviewerA, id);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Policy_RegionOverrideNeedsTwoExperts_PublishedOnlyAfterSecond()
    {
        var admin = await site.AdminAsync();
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/review-policies", new { region = "青海省", resourceType = "Textbook", expertApprovals = 2 }), HttpStatusCode.OK);
        var w = await ReviewWorld.CreateAsync(site, region: "青海省");
        var secondExpert = await w.AppointedAsync();
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);
        await ApproveAsync(w.Expert, id);
        Assert.Equal("InReview", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
        Assert.False(await HasQueuedAsync(w.Expert, id), "one approval per expert");
        await ApproveAsync(secondExpert, id);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reject_AtExpertStage_PackageRejectedAndAuthorTold()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);
        var review = await QueuedReviewAsync(w.Expert, id);
        await ApiClient.ExpectAsync(await DecideAsync(w.Expert, review["id"]!.GetValue<Guid>(), "Reject", "与国家课程标准不符。"), HttpStatusCode.OK);
        Assert.Equal("Rejected", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.Conflict);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
    }
}

public sealed class AuthoringStoryTests_Sqlite(SqliteSite s) : AuthoringStoryTests(s), IClassFixture<SqliteSite>;

public sealed class AuthoringStoryTests_PostgreSql(PostgreSqlSite s) : AuthoringStoryTests(s), IClassFixture<PostgreSqlSite>;
