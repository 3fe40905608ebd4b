using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Standards.Tests.Api;

public abstract class SpecialtiesApiTests(SiteFixture site)
{
    [Fact]
    public async Task CreateSpecialty_AsAdmin_Returns201AndIsListed()
    {
        var admin = await site.AdminAsync();
        var code = "T" + Random.Shared.Next(10000, 99999);
        var name = Unique.Name("智能制造");
        var body = await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/specialties", new { code, name }), HttpStatusCode.Created);
        Assert.Equal(code, body["code"]!.GetValue<string>());
        var list = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/specialties"), HttpStatusCode.OK);
        Assert.Contains(list.AsArray(), s => s!["code"]!.GetValue<string>() == code && s["name"]!.GetValue<string>() == name);
    }

    [Fact]
    public async Task CreateSpecialty_DuplicateCode_Returns409()
    {
        var admin = await site.AdminAsync();
        await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/specialties", new { code = "0102", name = Unique.Name("重复") }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateSpecialty_MissingName_Returns400NamingName()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/specialties", new { code = "X1" }), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["name"]);
    }

    [Fact]
    public async Task CreateSpecialty_Anonymous_Returns401()
    {
        await ApiClient.ExpectProblemAsync(await site.Api().PostAsync("/api/v1/specialties", new { code = "X2", name = "某专业" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateSpecialty_AsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/specialties", new { code = "X3", name = "某专业" }), HttpStatusCode.Forbidden);
    }
}

public sealed class SpecialtiesApiTests_Sqlite(SqliteSite site) : SpecialtiesApiTests(site), IClassFixture<SqliteSite>;

public sealed class SpecialtiesApiTests_PostgreSql(PostgreSqlSite site) : SpecialtiesApiTests(site), IClassFixture<PostgreSqlSite>;
