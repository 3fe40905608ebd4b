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
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        await using var second = site.WithWebHostBuilder(_ => { });
        var body = await ApiClient.ExpectAsync(await second.CreateClient().GetAsync($"/api/v1/schools/{school}"), HttpStatusCode.OK);
        Assert.Equal(school, body["id"]!.GetValue<Guid>());
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
        await site.Api().SignInAsync("bt-teacher", "Demo12345");
        await site.Api().SignInAsync("expert", "Demo12345");
    }
}
