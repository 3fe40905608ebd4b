using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Schools.Tests.Accounts;

/// <summary>
/// Editing, disabling and re-enabling accounts, passwords: every change that takes rights away
/// holds from the very next request, through the token the user already had.
/// </summary>
public abstract class AccountChangeTests(SiteFixture site)
{
    private static async Task<Guid> IdOfAsync(ApiClient admin, string userName) =>
        (await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray()
            .Single(u => u!["userName"]!.GetValue<string>() == userName)!["id"]!.GetValue<Guid>();

    [Fact]
    public async Task Disable_OldTokenRefusedAtOnce_SignInRefused_EnableNeedsNewSignIn()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectAsync(await teacher.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
        var id = await IdOfAsync(admin, name);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/disable", new { })).StatusCode);
        await ApiClient.ExpectProblemAsync(await teacher.GetAsync("/api/v1/inbox"), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await site.Api().PostAsync("/api/v1/auth/token", new { userName = name, password }), HttpStatusCode.Unauthorized);
        var listed = (await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/users/{id}"), HttpStatusCode.OK));
        Assert.True(listed["disabled"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/enable", new { })).StatusCode);
        // The old token stays dead; a new sign-in works.
        await ApiClient.ExpectProblemAsync(await teacher.GetAsync("/api/v1/inbox"), HttpStatusCode.Unauthorized);
        var again = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectAsync(await again.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task PasswordChange_OldTokenRefused_WeakPasswordsRefusedInChinese()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(null, "Reviewer");
        var user = await site.Api().SignInAsync(name, password);

        foreach (var weak in new[] { "password1", "Short1a", "qwertyuiop" })
        {
            var problem = await ApiClient.ExpectProblemAsync(await user.PostAsync("/api/v1/auth/password", new { currentPassword = password, newPassword = weak }), HttpStatusCode.BadRequest);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem["detail"]!.GetValue<string>());
            Assert.NotNull(problem["errors"]!["newPassword"]);
        }
        await ApiClient.ExpectProblemAsync(await user.PostAsync("/api/v1/auth/password", new { currentPassword = "not-it-at-all", newPassword = "Uncommon-Phrase-42" }), HttpStatusCode.BadRequest);
        // Still signed in after refusals.
        await ApiClient.ExpectAsync(await user.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await user.PostAsync("/api/v1/auth/password", new { currentPassword = password, newPassword = "Uncommon-Phrase-42" })).StatusCode);
        await ApiClient.ExpectProblemAsync(await user.GetAsync("/api/v1/inbox"), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await site.Api().PostAsync("/api/v1/auth/token", new { userName = name, password }), HttpStatusCode.Unauthorized);
        await site.Api().SignInAsync(name, "Uncommon-Phrase-42");
    }

    [Fact]
    public async Task AdminReset_OldTokenRefused_NewPasswordWorks()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(null, "Reviewer");
        var user = await site.Api().SignInAsync(name, password);
        var id = await IdOfAsync(admin, name);
        await ApiClient.ExpectProblemAsync(await admin.PostAsync($"/api/v1/users/{id}/password", new { newPassword = "password1" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/password", new { newPassword = "Reset-By-Admin-7" })).StatusCode);
        await ApiClient.ExpectProblemAsync(await user.GetAsync("/api/v1/inbox"), HttpStatusCode.Unauthorized);
        await site.Api().SignInAsync(name, "Reset-By-Admin-7");
    }

    [Fact]
    public async Task RoleRemoved_OldToken403ForThatRole_StillWorksElsewhere()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectAsync(await schoolAdmin.GetAsync("/api/v1/users"), HttpStatusCode.OK);
        var id = await IdOfAsync(admin, name);

        var updated = await ApiClient.ExpectAsync(await admin.PutAsync($"/api/v1/users/{id}", new { displayName = "改名的老师", roles = new[] { "Teacher" }, schoolId = school }), HttpStatusCode.OK);
        Assert.Equal("改名的老师", updated["displayName"]!.GetValue<string>());
        Assert.Equal(["Teacher"], updated["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        await ApiClient.ExpectProblemAsync(await schoolAdmin.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectAsync(await schoolAdmin.GetAsync("/api/v1/inbox"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task SchoolAdmin_ManagesOwnSchoolOnly_CannotGrantAdminOrAppointExperts()
    {
        var admin = await site.AdminAsync();
        var own = await admin.CreateSchoolAsync();
        var other = await admin.CreateSchoolAsync();
        var (adminName, adminPassword) = await admin.CreateUserAsync(own, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(adminName, adminPassword);
        var (ownName, _) = await admin.CreateUserAsync(own, "Teacher");
        var (otherName, _) = await admin.CreateUserAsync(other, "Teacher");
        var ownId = await IdOfAsync(admin, ownName);
        var otherId = await IdOfAsync(admin, otherName);

        await ApiClient.ExpectAsync(await schoolAdmin.PutAsync($"/api/v1/users/{ownId}", new { displayName = "本校教师", roles = new[] { "Teacher", "Reviewer" }, schoolId = own }), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PutAsync($"/api/v1/users/{ownId}", new { displayName = "本校教师", roles = new[] { "Admin" }, schoolId = own }), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PutAsync($"/api/v1/users/{otherId}", new { displayName = "外校", roles = new[] { "Teacher" }, schoolId = other }), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PostAsync($"/api/v1/users/{otherId}/disable", new { }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await schoolAdmin.PostAsync($"/api/v1/users/{ownId}/disable", new { })).StatusCode);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PostAsync("/api/v1/experts", new
        {
            userId = ownId, specialtyCodes = new[] { "0102" }, organisation = "本校", appointedFrom = "2026-01-01",
        }), HttpStatusCode.Forbidden);
        var list = (await ApiClient.ExpectAsync(await schoolAdmin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray();
        Assert.All(list, u => Assert.Equal(own, u!["schoolId"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task CreateUser_ShortOrCommonPassword_400InChinese()
    {
        var admin = await site.AdminAsync();
        foreach (var weak in new[] { "password1", "Abc12345" })
        {
            var problem = await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/users", new
            {
                userName = Unique.Name("weak"), password = weak, displayName = "弱密码", roles = new[] { "Reviewer" },
            }), HttpStatusCode.BadRequest);
            Assert.Contains("密码", problem["detail"]!.GetValue<string>());
        }
    }
}

public sealed class SqliteAccountChangeTests(SqliteSite site) : AccountChangeTests(site), IClassFixture<SqliteSite>;

public sealed class PostgreSqlAccountChangeTests(PostgreSqlSite site) : AccountChangeTests(site), IClassFixture<PostgreSqlSite>;
