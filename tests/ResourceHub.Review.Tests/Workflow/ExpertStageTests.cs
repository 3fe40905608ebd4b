using ResourceHub.Core.Reports;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Review.Services;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>
/// The expert stage belongs to the experts the site assigns from the pool: not to any Reviewer of
/// another school, not to a puppet a school admin made, not to an expert with a conflict.
/// </summary>
public abstract class ExpertStageTests(SiteFixture site)
{
    [Fact]
    public async Task OnlyTheAssignedExpertIsToldAndDecides_OutsideReviewersAndPuppetsCannot()
    {
        var w = await ReviewWorld.CreateAsync(site);
        // A second school's admin mints a "Reviewer": it is no expert.
        var (puppetName, puppetPassword) = await w.Admin.CreateUserAsync(w.SchoolB, "Reviewer");
        var puppet = await site.Api().SignInAsync(puppetName, puppetPassword);
        // An appointed expert of another specialty (计算机网络, 专业大类 03) is never assigned a 数控 textbook.
        var networking = await w.AppointedAsync(specialty: "03");
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);

        var review = await QueuedReviewAsync(w.Expert, id);
        Assert.Equal("Expert", review["stage"]!.GetValue<string>());
        var assignment = Assert.Single(review["assignments"]!.AsArray())!;
        Assert.Equal("Active", assignment["status"]!.GetValue<string>());
        Assert.True(assignment["dueAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddDays(13));
        var reviewId = review["id"]!.GetValue<Guid>();
        foreach (var other in new[] { w.ReviewerB, puppet, networking })
        {
            Assert.False(await HasQueuedAsync(other, id));
            await ApiClient.ExpectProblemAsync(await DecideAsync(other, reviewId, "Approve", "同意"), HttpStatusCode.Forbidden);
            var inbox = await ApiClient.ExpectAsync(await other.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
            Assert.DoesNotContain(inbox.AsArray(), m => m!["link"]?.GetValue<string>() == $"/review/{reviewId}");
        }
        var expertInbox = await ApiClient.ExpectAsync(await w.Expert.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
        Assert.Contains(expertInbox.AsArray(), m => m!["link"]?.GetValue<string>() == $"/review/{reviewId}" && m["title"]!.GetValue<string>().StartsWith("专家审核任务"));

        await ApiClient.ExpectAsync(await DecideAsync(w.Expert, reviewId, "Approve", "同意出版。"), HttpStatusCode.OK);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decline_NeedsReason_ReassignsToAnotherExpert_DeclinerLosesTheStage()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);
        var reviewId = (await QueuedReviewAsync(w.Expert, id))["id"]!.GetValue<Guid>();
        var second = await w.AppointedAsync();

        await ApiClient.ExpectProblemAsync(await second.PostAsync($"/api/v1/reviews/{reviewId}/decline", new { reason = "不是我的任务" }), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await w.Expert.PostAsync($"/api/v1/reviews/{reviewId}/decline", new { reason = "" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await w.Expert.PostAsync($"/api/v1/reviews/{reviewId}/decline", new { reason = "我参与过该教材的编写，需回避。" })).StatusCode);

        Assert.False(await HasQueuedAsync(w.Expert, id));
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.Expert, reviewId, "Approve", "同意"), HttpStatusCode.Forbidden);
        var review = await QueuedReviewAsync(second, id);
        var assignments = review["assignments"]!.AsArray();
        Assert.Contains(assignments, a => a!["status"]!.GetValue<string>() == "Declined" && a["reason"]!.GetValue<string>().Contains("回避"));
        await ApproveAsync(second, id);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Overdue_AdminSeesIt_SweepReassigns()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);
        var reviewId = (await QueuedReviewAsync(w.Expert, id))["id"]!.GetValue<Guid>();
        var second = await w.AppointedAsync();
        var later = DateTimeOffset.UtcNow.AddDays(15);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var overdue = await scope.ServiceProvider.GetRequiredService<ReviewQueries>().AssignmentsAsync(true, later, TestContext.Current.CancellationToken);
            Assert.Contains(overdue, r => r.Assignment.ReviewId == reviewId);
            // The 督导 report of the school counts it, naming the expert and the due date.
            var report = scope.ServiceProvider.GetServices<IOversightSource>().OfType<ReviewOversight>().Single();
            var schools = new Dictionary<Guid, string> { [w.SchoolA] = "甲校" };
            Assert.Equal(0, (await OverdueFigureAsync(report, schools, DateTimeOffset.UtcNow)).Value);
            var late = await OverdueFigureAsync(report, schools, later);
            Assert.Equal(1, late.Value);
            Assert.Contains("待审核", Assert.Single(late.Rows).Detail);
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReviewGate>().ReassignOverdueAsync(later, TestContext.Current.CancellationToken) >= 1);
            Assert.Contains((await OverdueFigureAsync(report, schools, DateTimeOffset.UtcNow)).Rows, r => r.Detail.Contains("逾期已改派"));
        }
        Assert.False(await HasQueuedAsync(w.Expert, id));
        var review = await QueuedReviewAsync(second, id);
        Assert.Contains(review["assignments"]!.AsArray(), a => a!["status"]!.GetValue<string>() == "Overdue");
        var admin = await ApiClient.ExpectAsync(await w.Admin.GetAsync("/api/v1/review-assignments"), HttpStatusCode.OK);
        Assert.Contains(admin.AsArray(), a => a!["status"]!.GetValue<string>() == "Overdue");
    }

    private static async Task<OversightFigure> OverdueFigureAsync(ReviewOversight report, Dictionary<Guid, string> schools, DateTimeOffset now) =>
        (await report.CountAsync(new OversightScope("内蒙古自治区", schools, now), TestContext.Current.CancellationToken)).Figures.Single(f => f.Key == "assignments.overdue");

    [Fact]
    public async Task ConflictedExpertsNeverAssigned_SchoolStageNotByAnEditor()
    {
        var w = await ReviewWorld.CreateAsync(site);
        // An appointed expert of the author's own school is never assigned.
        var ownSchoolExpert = await w.AppointedAsync(w.SchoolA);
        var id = await CreatePackageAsync(w.TeacherA);
        await PackageFiles.AddAsync(site, w.TeacherA, id, "初稿 " + Guid.NewGuid());
        // The school admin rewrites the teacher's draft: they may not approve it at the school stage.
        await ApiClient.ExpectAsync(await w.SchoolAdminA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "改写后的数控教材", description = "学校管理员改写", specialtyCode = "0102", resourceType = "Textbook", tags = new[] { "数控" },
        }), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        var school = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        Assert.False(await HasQueuedAsync(w.SchoolAdminA, id));
        var refused = await ApiClient.ExpectProblemAsync(await DecideAsync(w.SchoolAdminA, school, "Approve", "同意"), HttpStatusCode.Forbidden);
        Assert.Contains("自己", refused["detail"]!.GetValue<string>());
        await ApproveAsync(w.ReviewerA, id);
        Assert.False(await HasQueuedAsync(ownSchoolExpert, id));
        await ApproveAsync(w.Expert, id);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task PoolEmpty_SchoollessReviewerAnAdminCreated_IsTheReserve_ListedForEverySpecialty()
    {
        var w = await ReviewWorld.CreateAsync(site);
        await SuspendAllExpertsAsync(w.Admin);
        var (reserveName, reservePassword) = await w.Admin.CreateUserAsync(null, "Reviewer");
        var reserve = await site.Api().SignInAsync(reserveName, reservePassword);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);

        Assert.False(await HasQueuedAsync(w.Expert, id));
        var pool = await ApiClient.ExpectAsync(await w.Admin.GetAsync("/api/v1/experts"), HttpStatusCode.OK);
        var listed = pool.AsArray().Single(e => e!["userName"]?.GetValue<string>() == reserveName && e["active"]!.GetValue<bool>())!;
        Assert.Equal("*", Assert.Single(listed["specialtyCodes"]!.AsArray())!.GetValue<string>());
        await ApproveAsync(reserve, id, "后备专家同意出版。");
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());

        // An Admin appointing them properly replaces the reserve appointment instead of refusing it.
        var userId = listed["userId"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await w.Admin.PostAsync("/api/v1/experts", new
        {
            userId, specialtyCodes = new[] { "0102" }, organisation = "某职业技术研究院", appointedFrom = DateOnly.FromDateTime(DateTime.UtcNow),
        }), HttpStatusCode.Created);
        pool = await ApiClient.ExpectAsync(await w.Admin.GetAsync("/api/v1/experts"), HttpStatusCode.OK);
        var active = pool.AsArray().Where(e => e!["userId"]!.GetValue<Guid>() == userId && e["active"]!.GetValue<bool>()).ToList();
        Assert.Equal("0102", Assert.Single(Assert.Single(active)!["specialtyCodes"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task SuspendedExpert_WorkGoesToAnother_AndCannotDecide()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        await ApproveAsync(w.ReviewerA, id);
        var reviewId = (await QueuedReviewAsync(w.Expert, id))["id"]!.GetValue<Guid>();
        var second = await w.AppointedAsync();
        var pool = await ApiClient.ExpectAsync(await w.Admin.GetAsync("/api/v1/experts?specialtyCode=0102"), HttpStatusCode.OK);
        var first = pool.AsArray().First(e => e!["active"]!.GetValue<bool>() && e["openAssignments"]!.GetValue<int>() > 0)!;
        Assert.Equal(HttpStatusCode.NoContent, (await w.Admin.PostAsync($"/api/v1/experts/{first["id"]}/suspend", new { reason = "聘期内违规" })).StatusCode);
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.Expert, reviewId, "Approve", "同意"), HttpStatusCode.Forbidden);
        await ApproveAsync(second, id);
        Assert.Equal("Published", (await PackageAsync(w.TeacherA, id))["status"]!.GetValue<string>());
    }
}

public sealed class SqliteExpertStageTests(SqliteSite site) : ExpertStageTests(site), IClassFixture<SqliteSite>;
