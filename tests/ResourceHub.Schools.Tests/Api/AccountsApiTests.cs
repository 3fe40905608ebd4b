using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Schools.Tests.Api;

/// <summary>Token, schools and users routes of the public API, on each database provider.</summary>
public abstract class AccountsApiTests(SiteFixture site)
{
    [Fact]
    public async Task Token_RightPassword_ReturnsTokenThatOpensAdminRoutes()
    {
        var response = await site.Api().PostAsync("/api/v1/auth/token", new { userName = SiteFixture.AdminUserName, password = SiteFixture.AdminPassword });
        var body = await ApiClient.ExpectAsync(response, HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(body["accessToken"]?.GetValue<string>()));
        Assert.True(body["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);

        var admin = await site.AdminAsync();
        await admin.CreateSchoolAsync();
    }

    [Fact]
    public async Task Token_WrongPassword_Returns401Problem()
    {
        var response = await site.Api().PostAsync("/api/v1/auth/token", new { userName = SiteFixture.AdminUserName, password = "wrong-password" });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_ThreeWrongPasswords_NextTryWaitsSecondsNotMinutes()
    {
        var admin = await site.AdminAsync();
        var (userName, password) = await admin.CreateUserAsync(null, "Reviewer");
        var api = site.Api();
        for (var i = 0; i < 3; i++)
        {
            await ApiClient.ExpectProblemAsync(await api.PostAsync("/api/v1/auth/token", new { userName, password = "bad-" + i }), HttpStatusCode.Unauthorized);
        }
        var slowed = await api.PostAsync("/api/v1/auth/token", new { userName, password });
        Assert.Contains("秒后再试", (await ApiClient.ExpectProblemAsync(slowed, HttpStatusCode.TooManyRequests))["detail"]!.GetValue<string>());
        // A guesser cannot lock the account: once the short wait is over the right password works.
        await Task.Delay(slowed.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        await ApiClient.ExpectAsync(await api.PostAsync("/api/v1/auth/token", new { userName, password }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateSchool_AsAdmin_Returns201WithFields()
    {
        var admin = await site.AdminAsync();
        var name = Unique.Name("包头技师学院");
        var response = await admin.PostAsync("/api/v1/schools", new { name, kind = "SeniorTechnicalSchool", region = "内蒙古自治区" });
        var body = await ApiClient.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(name, body["name"]!.GetValue<string>());
        Assert.Equal("SeniorTechnicalSchool", body["kind"]!.GetValue<string>());
        Assert.Equal("内蒙古自治区", body["region"]!.GetValue<string>());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task CreateSchool_Anonymous_Returns401()
    {
        var response = await site.Api().PostAsync("/api/v1/schools", new { name = "某学校", kind = "TechnicalSchool", region = "河北省" });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateSchool_AsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (userName, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(userName, password);
        var response = await teacher.PostAsync("/api/v1/schools", new { name = Unique.Name("学校"), kind = "TechnicalSchool", region = "河北省" });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{\"name\": \"x\", ")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    public async Task CreateSchool_MalformedJson_Returns400Problem(string json)
    {
        var admin = await site.AdminAsync();
        await ApiClient.ExpectProblemAsync(await admin.PostRawAsync("/api/v1/schools", json), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateSchool_UnknownKind_Returns400NamingKind()
    {
        var admin = await site.AdminAsync();
        var response = await admin.PostRawAsync("/api/v1/schools", "{\"name\":\"某技校\",\"kind\":\"University\",\"region\":\"河北省\"}");
        var body = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["kind"]);
    }

    [Fact]
    public async Task CreateSchool_MissingName_Returns400NamingName()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/schools", new { kind = "TechnicalSchool", region = "河北省" }), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["name"]);
    }

    [Fact]
    public async Task CreateSchool_UnknownRegion_Returns400NamingRegion()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/schools", new { name = Unique.Name("学校"), kind = "TechnicalSchool", region = "内蒙古" }), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["region"]);
    }

    [Fact]
    public async Task CreateSchool_DuplicateName_Returns409()
    {
        var admin = await site.AdminAsync();
        var name = Unique.Name("赤峰高级技工学校");
        await admin.CreateSchoolAsync(name);
        await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/schools", new { name, kind = "TechnicalSchool", region = "内蒙古自治区" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateUser_DuplicateUserName_Returns409()
    {
        var admin = await site.AdminAsync();
        var (userName, _) = await admin.CreateUserAsync(null, "Reviewer");
        var response = await admin.PostAsync("/api/v1/users", new { userName, password = "Passw0rd-123", displayName = "重复", roles = new[] { "Reviewer" } });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateUser_UnknownRole_Returns400NamingRoles()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectProblemAsync(
            await admin.PostAsync("/api/v1/users", new { userName = Unique.Name("u"), password = "Passw0rd-123", displayName = "x", roles = new[] { "Principal" } }),
            HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["roles"]);
    }

    [Fact]
    public async Task CreateUser_WeakPassword_Returns400NamingPassword()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectProblemAsync(
            await admin.PostAsync("/api/v1/users", new { userName = Unique.Name("u"), password = "123", displayName = "x", roles = new[] { "Reviewer" } }),
            HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["password"]);
    }

    [Fact]
    public async Task CreateUser_SchoolAdminForOwnSchool_Returns201AndUserCanSignIn()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (adminName, adminPassword) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(adminName, adminPassword);
        var (teacherName, teacherPassword) = await schoolAdmin.CreateUserAsync(school, "Teacher");
        await site.Api().SignInAsync(teacherName, teacherPassword);
    }

    [Fact]
    public async Task CreateUser_SchoolAdminForOtherSchool_Returns403()
    {
        var admin = await site.AdminAsync();
        var own = await admin.CreateSchoolAsync();
        var other = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(own, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var response = await schoolAdmin.PostAsync("/api/v1/users", new { userName = Unique.Name("u"), password = "Passw0rd-123", displayName = "x", roles = new[] { "Teacher" }, schoolId = other });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateUser_SchoolAdminMakingAdmin_Returns403()
    {
        var admin = await site.AdminAsync();
        var own = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(own, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var response = await schoolAdmin.PostAsync("/api/v1/users", new { userName = Unique.Name("u"), password = "Passw0rd-123", displayName = "x", roles = new[] { "Admin" }, schoolId = own });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateUser_AsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var response = await teacher.PostAsync("/api/v1/users", new { userName = Unique.Name("u"), password = "Passw0rd-123", displayName = "x", roles = new[] { "Teacher" }, schoolId = school });
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }
}

public sealed class AccountsApiTests_Sqlite(SqliteSite site) : AccountsApiTests(site), IClassFixture<SqliteSite>;

public sealed class AccountsApiTests_PostgreSql(PostgreSqlSite site) : AccountsApiTests(site), IClassFixture<PostgreSqlSite>;
