using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Resources.Tests.Api;

/// <summary>Package metadata through the API: create, read, edit, and who may do which.</summary>
public abstract class PackagesApiTests(SiteFixture site)
{
    private static object Textbook(string title) => new
    {
        title,
        description = "以典型工作任务为载体的活页式教材。",
        specialtyCode = "0102",
        courseName = "数控车削加工",
        resourceType = "Textbook",
        textbookForm = "LooseLeaf",
        skillLevel = "Advanced",
        tags = new[] { "G71", "数控车削", " " },
        authors = new[] { "李老师" },
    };

    private async Task<(ApiClient Teacher, ApiClient OtherSchool, ApiClient Admin)> PeopleAsync()
    {
        var admin = await site.AdminAsync();
        var (t, tp) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var (o, op) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        return (await site.Api().SignInAsync(t, tp), await site.Api().SignInAsync(o, op), admin);
    }

    [Fact]
    public async Task CreatePackage_AsTeacher_Returns201DraftVersion1WithFields()
    {
        var (teacher, _, _) = await PeopleAsync();
        var response = await teacher.PostAsync("/api/v1/packages", Textbook("数控车床编程与操作"));
        var body = await ApiClient.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal("Draft", body["status"]!.GetValue<string>());
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Equal("LooseLeaf", body["textbookForm"]!.GetValue<string>());
        Assert.Equal(["G71", "数控车削"], body["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Empty(body["files"]!.AsArray());
        Assert.Equal($"/api/v1/packages/{body["id"]}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task GetDraft_OtherSchoolOrAnonymous_Returns404_OwnSchoolAndAdmin200()
    {
        var (teacher, other, admin) = await PeopleAsync();
        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", Textbook("草稿教材")), HttpStatusCode.Created))["id"];
        await ApiClient.ExpectProblemAsync(await other.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectAsync(await teacher.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task UpdatePackage_OwnDraft_Returns200AndIgnoresStatusField()
    {
        var (teacher, _, _) = await PeopleAsync();
        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", Textbook("初稿")), HttpStatusCode.Created))["id"];
        var body = await ApiClient.ExpectAsync(
            await teacher.PutAsync($"/api/v1/packages/{id}", new { title = "二稿", specialtyCode = "0102", resourceType = "WorkPage", status = "Published", version = 9 }),
            HttpStatusCode.OK);
        Assert.Equal("二稿", body["title"]!.GetValue<string>());
        Assert.Equal("Draft", body["status"]!.GetValue<string>());
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Null(body["textbookForm"]);
    }

    [Fact]
    public async Task UpdatePackage_OtherSchool_Returns404()
    {
        var (teacher, other, _) = await PeopleAsync();
        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", Textbook("别校的")), HttpStatusCode.Created))["id"];
        await ApiClient.ExpectProblemAsync(await other.PutAsync($"/api/v1/packages/{id}", Textbook("改掉")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreatePackage_BadInput_Returns400NamingTheField()
    {
        var (teacher, _, _) = await PeopleAsync();
        var unknownType = await ApiClient.ExpectProblemAsync(await teacher.PostRawAsync("/api/v1/packages", """{"title":"t","specialtyCode":"0102","resourceType":"Nope"}"""), HttpStatusCode.BadRequest);
        Assert.NotNull(unknownType["errors"]?["resourceType"]);
        var unknownSpecialty = await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/packages", new { title = "t", specialtyCode = "ZZ99", resourceType = "Video" }), HttpStatusCode.BadRequest);
        Assert.NotNull(unknownSpecialty["errors"]?["specialtyCode"]);
        var missingTitle = await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/packages", new { specialtyCode = "0102", resourceType = "Video" }), HttpStatusCode.BadRequest);
        Assert.NotNull(missingTitle["errors"]?["title"]);
        var formOnVideo = await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/packages", new { title = "t", specialtyCode = "0102", resourceType = "Video", textbookForm = "LooseLeaf" }), HttpStatusCode.BadRequest);
        Assert.NotNull(formOnVideo["errors"]?["textbookForm"]);
    }

    [Fact]
    public async Task CreatePackage_AnonymousOrReviewerOrAdmin_Refused()
    {
        var (_, _, admin) = await PeopleAsync();
        await ApiClient.ExpectProblemAsync(await site.Api().PostAsync("/api/v1/packages", Textbook("x")), HttpStatusCode.Unauthorized);
        var (r, rp) = await admin.CreateUserAsync(null, "Reviewer");
        var reviewer = await site.Api().SignInAsync(r, rp);
        await ApiClient.ExpectProblemAsync(await reviewer.PostAsync("/api/v1/packages", Textbook("x")), HttpStatusCode.Forbidden);
        // An administrator belongs to no school: packages are a school's work.
        await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/packages", Textbook("x")), HttpStatusCode.Forbidden);
    }
}

public sealed class PackagesApiTests_Sqlite(SqliteSite site) : PackagesApiTests(site), IClassFixture<SqliteSite>;

public sealed class PackagesApiTests_PostgreSql(PostgreSqlSite site) : PackagesApiTests(site), IClassFixture<PostgreSqlSite>;
