using System.Net;
using System.Text.RegularExpressions;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>What the pages say about review: which stage a package waits at, who decides, what is unread.</summary>
public sealed partial class WordingTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task InReview_SaysWhichStage_OnTheSchoolsListAndThePackagePage()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);

        Assert.Contains("审核中（学校审核）", await w.TeacherA.PageAsync("/my/packages"));
        Assert.Contains("审核中（学校审核）", await w.TeacherA.PageAsync($"/packages/{id}"));
        await ApproveAsync(w.ReviewerA, id);
        Assert.Contains("审核中（专家审核）", await w.TeacherA.PageAsync("/my/packages?status=InReview"));
        Assert.Contains("审核中（专家审核）", await w.TeacherA.PageAsync($"/packages/{id}"));
    }

    [Fact]
    public async Task Inbox_UnreadCountInTheHeader_GoesWhenTheInboxIsOpened()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = (await QueuedReviewAsync(w.ReviewerA, id))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, review, "Return", "请补充考核与评价。"), HttpStatusCode.OK);

        var before = Unread(await w.TeacherA.PageAsync("/my/packages"));
        var inbox = await w.TeacherA.PageAsync("/inbox");
        var after = Unread(await w.TeacherA.PageAsync("/my/packages"));
        var messages = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);

        Assert.True(before >= 1, $"unread before: {before}");
        Assert.Contains("<span class=\"badge badge-red\">新</span>", inbox);
        Assert.Equal(0, after);
        Assert.All(messages.AsArray(), m => Assert.True(m!["read"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Roles_ReviewerIsNamedSchoolReviewer()
    {
        var w = await ReviewWorld.CreateAsync(site);

        var users = await w.Admin.PageAsync("/admin/users");

        Assert.Contains("学校审核员", users);
        Assert.DoesNotContain("审核专家", users);
    }

    private static int Unread(string html) =>
        UnreadCount().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;

    [GeneratedRegex("class=\"inbox-link\" href=\"/inbox\"><span>站内消息</span>\\s*<span class=\"count\">(\\d+)")]
    private static partial Regex UnreadCount();
}
