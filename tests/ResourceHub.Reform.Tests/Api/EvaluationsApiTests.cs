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
        var (_, expert, nomination, rubric) = await NominateAsync();
        var scores = rubric.Select((c, i) => new { criterionId = c!["id"]!.GetValue<Guid>(), score = i == 0 ? c["maxScore"]!.GetValue<int>() + 1 : 1 }).ToArray();
        var body = await ApiClient.ExpectProblemAsync(await expert.PostAsync($"/api/v1/nominations/{nomination}/scores", new { scores }), HttpStatusCode.BadRequest);
        Assert.Contains(rubric[0]!["name"]!.GetValue<string>(), body["errors"]!["scores"]![0]!.GetValue<string>());
        // Nothing was saved: the same expert can still score within range.
        await ScoreAsync(expert, nomination, rubric);
    }

    [Fact]
    public async Task Score_NegativePoints_Returns400()
    {
        var (_, expert, nomination, rubric) = await NominateAsync();
        var scores = rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = -1 }).ToArray();
        await ApiClient.ExpectProblemAsync(await expert.PostAsync($"/api/v1/nominations/{nomination}/scores", new { scores }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Publish_ScoredNomination_IsFeaturedOnHomePage()
    {
        var (admin, expert, nomination, rubric) = await NominateAsync();
        await ScoreAsync(expert, nomination, rubric);
        var published = await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/nominations/{nomination}/publish", new { }), HttpStatusCode.OK);
        Assert.Equal(rubric.Sum(c => c!["maxScore"]!.GetValue<int>() - 1), published["finalScore"]!.GetValue<decimal>());
        var home = await (await site.Api().GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains(published["title"]!.GetValue<string>(), home);
        Assert.Contains("精品课程", home);
    }

    [Fact]
    public async Task Publish_WithoutScores_Returns409()
    {
        var (admin, _, nomination, _) = await NominateAsync();
        await ApiClient.ExpectProblemAsync(await admin.PostAsync($"/api/v1/nominations/{nomination}/publish", new { }), HttpStatusCode.Conflict);
    }

    private async Task<(ApiClient Admin, ApiClient Expert, Guid Nomination, JsonArray Rubric)> NominateAsync()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var created = await ApiClient.ExpectAsync(
            await schoolAdmin.PostAsync("/api/v1/nominations", new { kind = "FineCourse", title = Unique.Name("汽车维修一体化精品课程"), specialtyCode = "0401" }),
            HttpStatusCode.Created);
        var (expertName, expertPassword) = await admin.CreateUserAsync(null, "Reviewer");
        var expert = await site.Api().SignInAsync(expertName, expertPassword);
        var rubric = (await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/rubrics/FineCourse"), HttpStatusCode.OK)).AsArray();
        Assert.NotEmpty(rubric);
        return (admin, expert, created["id"]!.GetValue<Guid>(), rubric);
    }

    private static async Task ScoreAsync(ApiClient expert, Guid nomination, JsonArray rubric)
    {
        var scores = rubric.Select(c => new { criterionId = c!["id"]!.GetValue<Guid>(), score = c["maxScore"]!.GetValue<int>() - 1 }).ToArray();
        await ApiClient.ExpectAsync(await expert.PostAsync($"/api/v1/nominations/{nomination}/scores", new { scores }), HttpStatusCode.OK);
    }
}

public sealed class EvaluationsApiTests_Sqlite(SqliteSite site) : EvaluationsApiTests(site), IClassFixture<SqliteSite>;

public sealed class EvaluationsApiTests_PostgreSql(PostgreSqlSite site) : EvaluationsApiTests(site), IClassFixture<PostgreSqlSite>;
