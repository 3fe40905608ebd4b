using System.Net;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>Every forbidden step of the issue, refused with the status the contract names.</summary>
public abstract class RefusalTests(SiteFixture site)
{
    [Fact]
    public async Task Submit_NoFiles_Conflict()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.Conflict);
        Assert.Equal("Draft", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_AlreadyInReview_Conflict()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Submit_OtherSchoolsPackage_NotFound()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        await PackageFiles.AddAsync(site, w.TeacherA, id, "正文");
        await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EditOrAddFile_InReview_Conflict()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "审核中偷偷修改", specialtyCode = "0102", resourceType = "Textbook",
        }), HttpStatusCode.Conflict);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("审核中加文件"u8.ToArray()), "file", "late.txt" } };
        await ApiClient.ExpectProblemAsync(await w.TeacherA.Http.PostAsync($"/api/v1/packages/{id}/files", form), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task StatusAndVersionFields_InBodies_Ignored()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var created = await ApiClient.ExpectAsync(await w.TeacherA.PostAsync("/api/v1/packages", new
        {
            title = "自称已发布", specialtyCode = "0102", resourceType = "Textbook", status = "Published", version = 7, publishedVersion = 7,
        }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal("Draft", created["status"]!.GetValue<string>());
        Assert.Equal(1, created["version"]!.GetValue<int>());
        var updated = await ApiClient.ExpectAsync(await w.TeacherA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "再次自称已发布", specialtyCode = "0102", resourceType = "Textbook", status = "Published", version = 9,
        }), HttpStatusCode.OK);
        Assert.Equal("Draft", updated["status"]!.GetValue<string>());
        Assert.Equal(1, updated["version"]!.GetValue<int>());
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);

        await PackageFiles.AddAsync(site, w.TeacherA, id, "正文");
        var review = await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { status = "Published" }), HttpStatusCode.OK);
        Assert.Equal("InReview", review["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decide_ByAuthorWhoIsAlsoReviewer_Forbidden()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var author = await w.UserAsync(w.SchoolA, "Teacher", "Reviewer");
        var id = await w.SubmittedPackageAsync(author);
        Assert.False(await HasQueuedAsync(author, id));
        var review = await QueuedReviewAsync(w.ReviewerA, id);
        await ApiClient.ExpectProblemAsync(await DecideAsync(author, review["id"]!.GetValue<Guid>(), "Approve"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_NotEligible_Forbidden()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var school = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        // School stage: not another school's reviewer, not an outside expert, not a plain teacher.
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerB, school, "Approve"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.Expert, school, "Approve"), HttpStatusCode.Forbidden);
        var colleague = await w.UserAsync(w.SchoolA, "Teacher");
        await ApiClient.ExpectProblemAsync(await DecideAsync(colleague, school, "Approve"), HttpStatusCode.Forbidden);

        await ApproveAsync(w.ReviewerA, id);
        var expert = (await QueuedReviewAsync(w.Expert, id))["id"]!.GetValue<Guid>();
        // Expert stage: nobody of the author's school, not even its reviewer or admin.
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, expert, "Approve"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.SchoolAdminA, expert, "Approve"), HttpStatusCode.Forbidden);
        Assert.Equal("InReview", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decide_Twice_Conflict()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, review, "Approve"), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, review, "Reject", "改主意了"), HttpStatusCode.Conflict);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.SchoolAdminA, review, "Approve"), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("Return", null)]
    [InlineData("Reject", "   ")]
    public async Task Decide_ReturnOrRejectWithoutComment_BadRequest(string decision, string? comment)
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        var problem = await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, review, decision, comment), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["comment"]);
        Assert.True(await HasQueuedAsync(w.ReviewerA, id), "a refused decision leaves the review open");
    }

    [Fact]
    public async Task Decide_UnknownDecisionOrReview_BadRequestOrNotFound()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, review, "Publish"), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await w.ReviewerA.PostAsync($"/api/v1/reviews/{review}/decision", new { comment = "无结论" }), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, Guid.NewGuid(), "Approve"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await site.Api().PostAsync($"/api/v1/reviews/{review}/decision", new { decision = "Approve" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_OtherSchoolsDraft_NotFoundButOpenToEligibleReviewer()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var draft = await CreatePackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.GetAsync($"/api/v1/packages/{draft}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await w.Expert.GetAsync($"/api/v1/packages/{draft}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.GetAsync($"/api/v1/packages/{draft}/history"), HttpStatusCode.NotFound);

        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.Expert.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
        await ApproveAsync(w.ReviewerA, id);
        Assert.Equal("InReview", (await PackageAsync(w.Expert, id))["status"]!.GetValue<string>());
        // Another school's Reviewer is no expert: it neither decides nor sees the draft.
        await ApiClient.ExpectProblemAsync(await w.ReviewerB.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_NoRouteChangesIt_MethodNotAllowed()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        var admin = await site.AdminAsync();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.Http.DeleteAsync($"/api/v1/packages/{id}/history", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.PutAsync($"/api/v1/packages/{id}/history", new { })).StatusCode);
    }
}

public sealed class RefusalTests_Sqlite(SqliteSite s) : RefusalTests(s), IClassFixture<SqliteSite>;

public sealed class RefusalTests_PostgreSql(PostgreSqlSite s) : RefusalTests(s), IClassFixture<PostgreSqlSite>;
