using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

public abstract class EvaluationsApiTests(SiteFixture site)
{
    [Fact]
    public async Task Score_PastCriterionMaximum_Returns400NamingCriterion()
    {
        var n = await NominateAsync();
        var scores = n.Rubric.Select((c, i) => new { criterionId = c!["id"]!.GetValue<Guid>(), score = i == 0 ? c["maxScore"]!.GetValue<int>() + 1 : 1 }).ToArray();
        var body = await ApiClient.ExpectProblemAsync(await n.Experts[0].PostAsync($"/api/v1/nominations/{n.Id}/scores", new { scores }), HttpStatusCode.BadRequest);
        Assert.Contains(n.Rubric[0]!["name"]!.GetValue<string>(), body["errors"]!["scores"]![0]!.GetValue<string>());
        // Nothing was saved: the same expert can still score within range.
        await ScoreAsync(n.Experts[0], n, 1);
    }

    [Fact]
    public async Task Score_NegativePoints_Returns400()
    {
        var n = await NominateAsync();
        var scores = n.Rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = -1 }).ToArray();
        await ApiClient.ExpectProblemAsync(await n.Experts[0].PostAsync($"/api/v1/nominations/{n.Id}/scores", new { scores }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Score_ExpertNotOnThePanel_Returns403()
    {
        var n = await NominateAsync();
        var outsider = await n.Admin.UserAsync(site, null, "Reviewer");
        var scores = n.Rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = 1 }).ToArray();
        await ApiClient.ExpectProblemAsync(await outsider.PostAsync($"/api/v1/nominations/{n.Id}/scores", new { scores }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Panel_ExpertOfTheNominatingSchool_Returns409Conflict()
    {
        var n = await NominateAsync();
        var (colleague, _) = await n.Admin.CreateUserAsync(n.School, "Reviewer");
        var users = (await ApiClient.ExpectAsync(await n.Admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray();
        var id = users.Single(u => u!["userName"]!.GetValue<string>() == colleague)!["id"]!.GetValue<Guid>();
        var body = await ApiClient.ExpectProblemAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/panel", new { expertIds = new[] { id } }), HttpStatusCode.Conflict);
        Assert.Contains("回避", body["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Panel_ReviewerOfAnotherSchoolNotInThePool_Returns400_PanelUnchanged()
    {
        var n = await NominateAsync();
        var other = await n.Admin.CreateSchoolAsync();
        var (name, _) = await n.Admin.CreateUserAsync(other, "Reviewer");
        var users = (await ApiClient.ExpectAsync(await n.Admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray();
        var id = users.Single(u => u!["userName"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
        var body = await ApiClient.ExpectProblemAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/panel", new { expertIds = new[] { id } }), HttpStatusCode.BadRequest);
        Assert.Contains("专家库", body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var panel = await ApiClient.ExpectAsync(await n.Admin.GetAsync($"/api/v1/nominations/{n.Id}/panel"), HttpStatusCode.OK);
        Assert.Equal(3, panel.AsArray().Count);
    }

    [Fact]
    public async Task Publish_ThreeScoresAboveThreshold_IsFeaturedOnHomePage()
    {
        var n = await NominateAsync();
        // Totals 96, 92 and 88 (each criterion 1, 2 or 3 below its maximum): mean 92.
        for (var i = 0; i < 3; i++)
        {
            await ScoreAsync(n.Experts[i], n, i + 1);
        }
        var published = await ApiClient.ExpectAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/publish", new { }), HttpStatusCode.OK);
        Assert.Equal(Enumerable.Range(1, 3).Average(d => n.Full - d * n.Rubric.Count), (double)published["finalScore"]!.GetValue<decimal>());
        var home = await (await site.Api().GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains(published["title"]!.GetValue<string>(), home);
        Assert.Contains("精品课程", home);
    }

    [Fact]
    public async Task Publish_FewerThanThreeScores_Returns409AndStaysUnpublished()
    {
        var n = await NominateAsync();
        await ScoreAsync(n.Experts[0], n, 0);
        await ScoreAsync(n.Experts[1], n, 0);
        var body = await ApiClient.ExpectProblemAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/publish", new { }), HttpStatusCode.Conflict);
        Assert.Contains("至少需要 3 位", body["detail"]!.GetValue<string>());
        await AssertUnpublishedAsync(n);
    }

    [Fact]
    public async Task Publish_UnderTheThreshold_Returns409AndStaysUnpublished()
    {
        var n = await NominateAsync();
        var rule = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/evaluation-rules/FineCourse"), HttpStatusCode.OK);
        Assert.Equal(80m, rule["publishThreshold"]!.GetValue<decimal>());
        // Every criterion at half its maximum: 50 of 100, under the threshold of 80.
        foreach (var expert in n.Experts)
        {
            var scores = n.Rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = c["maxScore"]!.GetValue<int>() / 2 }).ToArray();
            await ApiClient.ExpectAsync(await expert.PostAsync($"/api/v1/nominations/{n.Id}/scores", new { scores }), HttpStatusCode.OK);
        }
        var body = await ApiClient.ExpectProblemAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/publish", new { }), HttpStatusCode.Conflict);
        Assert.Contains("低于", body["detail"]!.GetValue<string>());
        await AssertUnpublishedAsync(n);
    }

    [Fact]
    public async Task Publish_WithoutScores_Returns409()
    {
        var n = await NominateAsync();
        await ApiClient.ExpectProblemAsync(await n.Admin.PostAsync($"/api/v1/nominations/{n.Id}/publish", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Evidence_UploadedBySchool_SeenByPanelNotByOutsiders()
    {
        var n = await NominateAsync();
        var content = new MultipartFormDataContent { { new ByteArrayContent("课堂实录与学生作品"u8.ToArray()), "file", "佐证材料.txt" } };
        var file = await ApiClient.ExpectAsync(await n.SchoolAdmin.Http.PostAsync($"/api/v1/nominations/{n.Id}/evidence", content), HttpStatusCode.Created);
        var href = file["href"]!.GetValue<string>();
        Assert.Equal("课堂实录与学生作品", await (await n.Experts[0].GetAsync(href)).Content.ReadAsStringAsync());
        var outsider = await n.Admin.UserAsync(site, await n.Admin.CreateSchoolAsync(), "Teacher");
        await ApiClient.ExpectProblemAsync(await outsider.GetAsync(href), HttpStatusCode.NotFound);
    }

    private async Task AssertUnpublishedAsync(Nominated n)
    {
        var after = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/nominations/{n.Id}"), HttpStatusCode.OK);
        Assert.Null(after["publishedAt"]?.GetValue<DateTimeOffset?>());
        Assert.DoesNotContain(n.Title, await (await site.Api().GetAsync("/")).Content.ReadAsStringAsync());
    }

    private sealed record Nominated(ApiClient Admin, ApiClient SchoolAdmin, Guid School, Guid Id, string Title, ApiClient[] Experts, JsonArray Rubric)
    {
        public int Full => Rubric.Sum(c => c!["maxScore"]!.GetValue<int>());
    }

    /// <summary>A school's nomination with a panel of three outside experts of the pool (专家库).</summary>
    private async Task<Nominated> NominateAsync()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        var title = Unique.Name("汽车维修一体化精品课程");
        var created = await ApiClient.ExpectAsync(
            await schoolAdmin.PostAsync("/api/v1/nominations", new { kind = "FineCourse", title, specialtyCode = "0401" }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        var experts = new List<ApiClient>();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (userId, name, password) = await admin.AppointExpertAsync(null, "04");
            experts.Add(await site.Api().SignInAsync(name, password));
            ids.Add(userId);
        }
        var panel = await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/nominations/{id}/panel", new { expertIds = ids }), HttpStatusCode.OK);
        Assert.Equal(3, panel.AsArray().Count);
        var rubric = (await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/rubrics/FineCourse"), HttpStatusCode.OK)).AsArray();
        Assert.NotEmpty(rubric);
        return new Nominated(admin, schoolAdmin, school, id, title, experts.ToArray(), rubric);
    }

    /// <summary>Scores every criterion <paramref name="below"/> points under its maximum.</summary>
    private static async Task ScoreAsync(ApiClient expert, Nominated n, int below)
    {
        var scores = n.Rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = c["maxScore"]!.GetValue<int>() - below }).ToArray();
        await ApiClient.ExpectAsync(await expert.PostAsync($"/api/v1/nominations/{n.Id}/scores", new { scores }), HttpStatusCode.OK);
    }
}

public sealed class EvaluationsApiTests_Sqlite(SqliteSite site) : EvaluationsApiTests(site), IClassFixture<SqliteSite>;

public sealed class EvaluationsApiTests_PostgreSql(PostgreSqlSite site) : EvaluationsApiTests(site), IClassFixture<PostgreSqlSite>;
