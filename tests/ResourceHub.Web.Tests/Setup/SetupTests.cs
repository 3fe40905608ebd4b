using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Recipes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Setup;

/// <summary>First run: the default recipe's catalogue and roles, the administrator, the demo recipe.</summary>
public sealed class DefaultSetupTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task FirstRun_DefaultRecipe_SeedsSpecialtiesWithIntegratedStandards()
    {
        var body = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/specialties"), HttpStatusCode.OK);
        var specialties = body.AsArray();
        Assert.True(specialties.Count >= 31);
        Assert.Equal(31, specialties.Count(s => s!["hasIntegratedStandard"]!.GetValue<bool>()));
        Assert.Contains(specialties, s => s!["name"]!.GetValue<string>() == "数控加工");
    }

    [Fact]
    public async Task Restart_OnSameDataFolder_KeepsDataAndDoesNotRerunSetup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N"));
        Guid school;
        await using (var first = new FolderSite(folder))
        {
            await first.InitializeAsync();
            school = await (await first.AdminAsync()).CreateSchoolAsync();
        }
        await using (var second = new FolderSite(folder))
        {
            await second.InitializeAsync();
            var body = await ApiClient.ExpectAsync(await second.Api().GetAsync($"/api/v1/schools/{school}"), HttpStatusCode.OK);
            Assert.Equal(school, body["id"]!.GetValue<Guid>());
            // Setup ran once: a second run would have failed on the existing administrator.
            await second.AdminAsync();
        }
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A site on a data folder that outlives it, as a restarted server is.</summary>
    private sealed class FolderSite(string folder) : SiteFixture(folder)
    {
        public override string Provider => "SQLite (restart)";

        protected override bool DeleteDataOnDispose => false;
    }

    [Fact]
    public async Task Recipe_UnknownStep_FailsWithClearMessage()
    {
        var file = Path.Combine(site.DataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(file, """{"steps":[{"step":"no-such-step"}]}""");
        using var scope = site.Services.CreateScope();
        var error = await Assert.ThrowsAsync<RecipeException>(() => scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(file));
        Assert.Contains("no-such-step", error.Message);
    }
}

/// <summary>A site set up from the demo recipe: schools and users ready to sign in.</summary>
public sealed class DemoRecipeSite : SiteFixture
{
    public override string Provider => "SQLite (demo recipe)";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("ResourceHub:Setup:Recipe", "demo")];
}

public sealed class DemoSetupTests(DemoRecipeSite site) : IClassFixture<DemoRecipeSite>
{
    [Fact]
    public async Task DemoRecipe_CreatesSchoolsAndUsersWhoCanSignIn()
    {
        var schools = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/schools"), HttpStatusCode.OK);
        Assert.Contains(schools.AsArray(), s => s!["name"]!.GetValue<string>() == "包头技师学院");
        await site.Api().SignInAsync("bt-teacher", "Demo123456");
        await site.Api().SignInAsync("expert", "Demo123456");
    }

    [Fact]
    public async Task DemoRecipe_ExpertIsAppointedToThePool_AndDecidedTheTextbooksExpertStage()
    {
        var admin = await site.AdminAsync();
        var pool = await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/experts?specialtyCode=0102"), HttpStatusCode.OK);
        var expert = Assert.Single(pool.AsArray())!;
        Assert.Equal("expert", expert["userName"]!.GetValue<string>());
        Assert.True(expert["active"]!.GetValue<bool>());
        var textbooks = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/search?q=&resourceType=Textbook"), HttpStatusCode.OK);
        var id = textbooks["items"]![0]!["id"]!.GetValue<Guid>();
        var reviews = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{id}/reviews"), HttpStatusCode.OK);
        var expertStage = reviews.AsArray().Single(r => r!["stage"]!.GetValue<string>() == "Expert")!;
        Assert.Equal("Approved", expertStage["status"]!.GetValue<string>());
        Assert.Equal(expert["userId"]!.GetValue<Guid>(), expertStage["decisions"]![0]!["reviewerId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task DemoRecipe_PublishesSamplePackagesThroughReview_DraftStaysPrivate()
    {
        var api = site.Api();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        System.Text.Json.Nodes.JsonNode result;
        do
        {
            await Task.Delay(200);
            result = await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("焊缝气孔")), HttpStatusCode.OK);
        }
        while (result["total"]!.GetValue<int>() == 0 && DateTime.UtcNow < deadline);
        Assert.Equal("焊接加工典型案例库：钢结构焊缝缺陷分析", result["items"]![0]!["title"]!.GetValue<string>());

        var all = await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?q="), HttpStatusCode.OK);
        Assert.Equal(5, all["total"]!.GetValue<int>());
        var history = await ApiClient.ExpectAsync(await api.GetAsync($"/api/v1/packages/{result["items"]![0]!["id"]}/history"), HttpStatusCode.OK);
        Assert.Contains(history.AsArray(), h => h!["action"]!.GetValue<string>() == "Approved");
        var drafts = await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("示教编程")), HttpStatusCode.OK);
        Assert.Equal(0, drafts["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task DemoRecipe_ShowcasesAreScoredByTheExpertAndFeaturedOnTheHomePage()
    {
        var nominations = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/nominations"), HttpStatusCode.OK);
        var course = nominations.AsArray().Single(n => n!["kind"]!.GetValue<string>() == "FineCourse");
        Assert.NotNull(course!["publishedAt"]);
        Assert.InRange(course["finalScore"]!.GetValue<decimal>(), 90, 95);

        var home = WebUtility.HtmlDecode(await (await site.Api().GetAsync("/")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("数控车床零件加工（一体化课程）", home);
        Assert.Contains("新能源汽车检测与维修（示范专业）", home);
    }

    [Fact]
    public async Task DemoRecipe_TrainingRecordsCountTowardsTheTargets()
    {
        var targets = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/targets"), HttpStatusCode.OK);
        Assert.Equal(3, targets["actual"]!["teachers"]!.GetValue<int>());
    }

    [Fact]
    public async Task DemoRecipe_LinksTheSampleTextbookToItsLearningTask()
    {
        var page = WebUtility.HtmlDecode(await (await site.Api().GetAsync("/specialties/0102/courses")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var task = page.IndexOf("阶梯轴的数控车削加工", StringComparison.Ordinal);
        var next = page.IndexOf("螺纹轴的数控车削加工", StringComparison.Ordinal);
        Assert.InRange(page.IndexOf("数控车床零件加工活页式教材（阶梯轴）", task, StringComparison.Ordinal), task, next);
    }
}
