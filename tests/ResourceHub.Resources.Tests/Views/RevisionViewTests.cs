using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Resources.Tests.Views;

/// <summary>
/// 凡编必审 for a revision of a published package: until the new version is approved, everyone
/// outside its school (anonymous, another school's teacher, the reviewer of the earlier version)
/// sees and finds only the published version — API, page, search with snippets, files, history.
/// The package is a textbook, so an outside expert from the pool decides each version's expert stage.
/// </summary>
public abstract class RevisionViewTests(SiteFixture site)
{
    private const string OldTitle = "液压系统维修工作页";
    private const string OldWords = "齿轮泵拆装与检测";
    private const string NewTitle = "秘密修订标题涡轮增压";
    private const string NewDescription = "尚未审核的修订说明文字";
    private const string NewWords = "量子纠缠测量仪校准";

    [Fact]
    public async Task RevisionInProgress_OutsidersSeeAndFindOnlyPublished_SchoolSeesDraft_ApprovalSwapsBoth()
    {
        var admin = await site.AdminAsync();
        var schoolA = await admin.CreateSchoolAsync();
        var teacher = await SignInAsync(admin, schoolA, "Teacher");
        var reviewer = await SignInAsync(admin, schoolA, "Reviewer");
        var otherTeacher = await SignInAsync(admin, await admin.CreateSchoolAsync(), "Teacher");
        var anonymous = site.Api();

        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", Body(OldTitle, "液压系统的维修与保养。")), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var oldFile = (await teacher.UploadAsync(id, "工作页.txt", Text($"学习任务：{OldWords}。"), "text/plain"))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        var expert = await ApproveAllStagesAsync(admin, reviewer, id);
        await SearchUntilAsync(anonymous, OldWords, r => Ids(r).Contains(id));

        // The revision: new title and description, the old file out, a new file with words of its own.
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/packages/{id}/revise", new { }), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await teacher.PutAsync($"/api/v1/packages/{id}", Body(NewTitle, NewDescription)), HttpStatusCode.OK);
        var newFile = (await teacher.UploadAsync(id, "修订.txt", Text($"新增内容：{NewWords}。"), "text/plain"))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await teacher.Http.DeleteAsync($"/api/v1/packages/{id}/files/{oldFile}"), HttpStatusCode.NoContent);
        // Its school finds the draft (so the index has taken the revision in), once, not twice.
        var own = await SearchUntilAsync(teacher, NewWords, r => Ids(r).Contains(id));
        Assert.Single(Ids(own), id);
        Assert.DoesNotContain(id, Ids(await SearchAsync(teacher, OldTitle)));

        // The expert who decided version 1 is not deciding the revision: they see what everyone sees.
        foreach (var outsider in new[] { anonymous, otherTeacher, expert })
        {
            var package = await ApiClient.ExpectAsync(await outsider.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
            Assert.Equal(OldTitle, package["title"]!.GetValue<string>());
            Assert.Equal("Published", package["status"]!.GetValue<string>());
            Assert.Equal([oldFile], package["files"]!.AsArray().Select(f => f!["id"]!.GetValue<Guid>()));
            Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/api/v1/files/{oldFile}")).StatusCode);
            await ApiClient.ExpectProblemAsync(await outsider.GetAsync($"/api/v1/files/{newFile}"), HttpStatusCode.NotFound);

            foreach (var secret in new[] { NewWords, "涡轮增压", NewDescription })
            {
                Assert.DoesNotContain(id, Ids(await SearchAsync(outsider, secret)));
            }
            var found = await SearchAsync(outsider, OldWords);
            var hit = found["items"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == id)!;
            Assert.Equal(OldTitle, hit["title"]!.GetValue<string>());
            Assert.DoesNotContain("量子", hit["snippet"]!.GetValue<string>());
            Assert.Contains(id, Ids(await SearchAsync(outsider, OldTitle)));

            var page = await outsider.Http.GetStringAsync($"/packages/{id}", TestContext.Current.CancellationToken);
            Assert.Contains(OldTitle, page);
            Assert.DoesNotContain("涡轮增压", page);
            Assert.DoesNotContain(NewWords, page);
            Assert.DoesNotContain("修订.txt", page);

            var history = (await ApiClient.ExpectAsync(await outsider.GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK)).AsArray();
            Assert.NotEmpty(history);
            Assert.All(history, h => Assert.Contains(h!["action"]!.GetValue<string>(), new[] { "Created", "Submitted", "Approved", "Published" }));
            Assert.DoesNotContain(history, h => (h!["comment"]?.GetValue<string>() ?? "").Contains("修订"));
        }

        var draft = await ApiClient.ExpectAsync(await teacher.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        Assert.Equal(NewTitle, draft["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/v1/files/{newFile}")).StatusCode);
        var ownHistory = (await ApiClient.ExpectAsync(await teacher.GetAsync($"/api/v1/packages/{id}/history"), HttpStatusCode.OK)).AsArray();
        Assert.Contains(ownHistory, h => h!["action"]!.GetValue<string>() == "Revised");

        // Approved: the new version replaces the old for everyone, in search too.
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        await ApproveAllStagesAsync(admin, reviewer, id);
        await SearchUntilAsync(anonymous, NewWords, r => Ids(r).Contains(id));
        Assert.DoesNotContain(id, Ids(await SearchAsync(anonymous, OldWords)));
        var published = await ApiClient.ExpectAsync(await otherTeacher.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        Assert.Equal(NewTitle, published["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/files/{newFile}")).StatusCode);
        Assert.Single(Ids(await SearchAsync(teacher, NewWords)), id);
    }

    private static object Body(string title, string description) =>
        new { title, description, specialtyCode = "0102", resourceType = "Textbook", textbookForm = "LooseLeaf", tags = new[] { "液压" } };

    private static byte[] Text(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private async Task<ApiClient> SignInAsync(ApiClient admin, Guid school, string role)
    {
        var (name, password) = await admin.CreateUserAsync(school, role);
        return await site.Api().SignInAsync(name, password);
    }

    /// <summary>
    /// The school's reviewer approves the school stage, then the expert the site assigned from the
    /// pool (one is appointed for the specialty first) approves the expert stage; returns that expert.
    /// </summary>
    private async Task<ApiClient> ApproveAllStagesAsync(ApiClient admin, ApiClient reviewer, Guid id)
    {
        await admin.AppointExpertAsync(null, "0102");
        var queue = await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
        var review = queue.AsArray().Single(r => r!["packageId"]!.GetValue<Guid>() == id)!;
        await ApiClient.ExpectAsync(await reviewer.PostAsync($"/api/v1/reviews/{review["id"]}/decision", new { decision = "Approve", comment = "同意" }), HttpStatusCode.OK);
        var stages = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{id}/reviews"), HttpStatusCode.OK);
        var stage = stages.AsArray().Single(r => r!["status"]!.GetValue<string>() == "Pending" && r["stage"]!.GetValue<string>() == "Expert")!;
        var assigned = stage["assignments"]!.AsArray().First(a => a!["status"]!.GetValue<string>() == "Active")!;
        var expert = await admin.SignInAsAsync(site.Api(), assigned["userId"]!.GetValue<Guid>());
        await ApiClient.ExpectAsync(await expert.PostAsync($"/api/v1/reviews/{stage["id"]}/decision", new { decision = "Approve", comment = "专家同意发布" }), HttpStatusCode.OK);
        var now = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        Assert.Equal("Published", now["status"]!.GetValue<string>());
        return expert;
    }

    private static async Task<JsonNode> SearchAsync(ApiClient api, string q) =>
        await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q)), HttpStatusCode.OK);

    private static async Task<JsonNode> SearchUntilAsync(ApiClient api, string q, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var result = await SearchAsync(api, q);
            if (done(result))
            {
                return result;
            }
            Assert.True(DateTime.UtcNow < deadline, $"search '{q}' did not reach the expected state: {result.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    private static List<Guid> Ids(JsonNode result) => result["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
}

public sealed class RevisionViewTests_Sqlite(SqliteSite site) : RevisionViewTests(site), IClassFixture<SqliteSite>;

public sealed class RevisionViewTests_PostgreSql(PostgreSqlSite site) : RevisionViewTests(site), IClassFixture<PostgreSqlSite>;
