using System.Net;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>A published package changes only through a new version and its review.</summary>
public abstract class RevisionTests(SiteFixture site)
{
    [Fact]
    public async Task Revise_Published_OthersSeePublishedVersionUntilNewOneApproved()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var original = (await PackageAsync(site.Api(), id))["title"]!.GetValue<string>();

        var draft = await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/revise", new { }), HttpStatusCode.OK);
        Assert.Equal("Draft", draft["status"]!.GetValue<string>());
        Assert.Equal(2, draft["version"]!.GetValue<int>());
        Assert.Equal(1, draft["publishedVersion"]!.GetValue<int>());
        await ApiClient.ExpectAsync(await w.TeacherA.PutAsync($"/api/v1/packages/{id}", new
        {
            title = "修订版标题", specialtyCode = "0102", resourceType = "Textbook",
        }), HttpStatusCode.OK);
        await PackageFiles.AddAsync(site, w.TeacherA, id, "修订版新增学习任务");

        var outsider = await PackageAsync(w.TeacherB, id);
        Assert.Equal(original, outsider["title"]!.GetValue<string>());
        Assert.Equal("Published", outsider["status"]!.GetValue<string>());
        Assert.Equal(1, outsider["version"]!.GetValue<int>());
        Assert.Single(outsider["files"]!.AsArray());
        Assert.Equal(2, (await PackageAsync(w.TeacherA, id))["files"]!.AsArray().Count);

        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        await ApproveAsync(w.ReviewerA, id);
        Assert.Equal(original, (await PackageAsync(site.Api(), id))["title"]!.GetValue<string>());
        await ApproveAsync(w.Expert, id);

        var now = await PackageAsync(site.Api(), id);
        Assert.Equal("修订版标题", now["title"]!.GetValue<string>());
        Assert.Equal(2, now["publishedVersion"]!.GetValue<int>());
        Assert.Equal(2, now["files"]!.AsArray().Count);
    }

    [Fact]
    public async Task Revise_NotPublished_Conflict()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await CreatePackageAsync(w.TeacherA);
        await ApiClient.ExpectProblemAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/revise", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Return_FilesAddedWhileReturned_BelongToNewVersionOnly()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.SubmittedPackageAsync(w.TeacherA);
        var review = await QueuedReviewAsync(w.ReviewerA, id);
        var firstHashes = review["fileHashes"]!.AsArray().Select(h => h!.GetValue<string>()).ToList();
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerA, review["id"]!.GetValue<Guid>(), "Return", "补充附件。"), HttpStatusCode.OK);
        var added = await PackageFiles.AddAsync(site, w.TeacherA, id, "补充附件");
        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);

        var reviews = await ApiClient.ExpectAsync(await w.TeacherA.GetAsync($"/api/v1/packages/{id}/reviews"), HttpStatusCode.OK);
        var byVersion = reviews.AsArray().ToDictionary(r => r!["version"]!.GetValue<int>(), r => r!["fileHashes"]!.AsArray().Select(h => h!.GetValue<string>()).ToList());
        Assert.Equal(firstHashes, byVersion[1]);
        Assert.Equal(firstHashes.Append(added).Order(StringComparer.Ordinal), byVersion[2]);
    }
}

public sealed class RevisionTests_Sqlite(SqliteSite s) : RevisionTests(s), IClassFixture<SqliteSite>;

public sealed class RevisionTests_PostgreSql(PostgreSqlSite s) : RevisionTests(s), IClassFixture<PostgreSqlSite>;
