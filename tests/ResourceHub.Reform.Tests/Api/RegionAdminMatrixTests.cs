using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>
/// A region administrator of 内蒙古自治区 against every route that reads or changes a region's
/// data: another region's (青海省) is refused or absent on each, while the same step on the own
/// region succeeds (so the test fails if the routes simply refused everyone).
/// </summary>
public abstract class RegionAdminMatrixTests(SiteFixture site)
{
    private const string Own = "内蒙古自治区", Other = "青海省";

    [Fact]
    public async Task RegionAdmin_OfInnerMongolia_CannotReadOrChangeAnotherRegion_ThroughAnyRoute()
    {
        var admin = await site.AdminAsync();
        var mine = await World.CreateAsync(site, admin, Own);
        var theirs = await World.CreateAsync(site, admin, Other);
        var region = await admin.RegionAdminAsync(site, Own);
        var theirUsersBefore = await UsersOfAsync(admin, theirs.School);

        // --- changes: each refused for the other region, allowed for the own one ---------------
        async Task Refused(HttpStatusCode status, Func<ApiClient, Task<HttpResponseMessage>> call, string what) =>
            Assert.True((await call(region)).StatusCode == status, $"{what}: expected {(int)status}");
        var specialty = await admin.CreateSpecialtyAsync();
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/schools", new { name = Unique.Name("青海技师学院"), kind = "TechnicianCollege", region = Other }), "create school");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/users", NewUser(theirs.School, "Teacher")), "create user");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/users", new { userName = Unique.Name("ra"), password = "Passw0rd-123", displayName = "x", roles = new[] { "RegionAdmin" }, region = Other }), "grant RegionAdmin");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/users", NewUser(mine.School, "Admin")), "grant Admin");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/batches", new { name = "x", region = Other, opens = "2024-01-01", closes = "2099-01-01" }), "open batch");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/batches", new { name = "x", opens = "2024-01-01", closes = "2099-01-01" }), "open national batch");
        await Refused(HttpStatusCode.NotFound, c => c.PostAsync($"/api/v1/applications/{theirs.Application}/decision", new { approve = true }), "decide application");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync($"/api/v1/batches/{theirs.Batch}/close", new { assessment = "考核" }), "close batch");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync($"/api/v1/nominations/{theirs.Nomination}/panel", new { expertIds = new[] { Guid.NewGuid() } }), "assign panel");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync($"/api/v1/nominations/{theirs.Nomination}/publish", new { }), "publish nomination");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/applications", new { batchId = theirs.Batch, schoolId = theirs.School, specialtyCode = specialty }), "apply");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/nominations", new { kind = "FineCourse", title = "x", schoolId = theirs.School }), "nominate");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/training-records", World.TrainingBody(theirs.School, "新")), "add training");
        await Refused(HttpStatusCode.Forbidden, c => c.PutAsync($"/api/v1/training-records/{theirs.Training}", World.TrainingBody(theirs.School, "改")), "edit training");
        await Refused(HttpStatusCode.Forbidden, c => c.Http.DeleteAsync($"/api/v1/training-records/{theirs.Training}"), "delete training");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/reform-teachers", World.TeacherBody(theirs.School)), "add reform teacher");
        await Refused(HttpStatusCode.Forbidden, c => c.PostAsync("/api/v1/teaching-loads", new { teacherName = "x", schoolId = theirs.School, courseName = "x", hours = 1, term = "2024-2025-1" }), "add hours");
        await Refused(HttpStatusCode.Forbidden, c => c.PutAsync("/api/v1/targets", new { region = Other, specialties = 1, schools = 1, teachers = 1 }), "set targets");
        await Refused(HttpStatusCode.Forbidden, c => c.PutAsync("/api/v1/regional-rules", new { region = Other, integratedHoursMultiplier = 2 }), "set rules");
        await Refused(HttpStatusCode.Forbidden, c => c.PutAsync("/api/v1/rubrics/FineCourse", new { criteria = new[] { new { name = "x", maxScore = 1 } } }), "edit rubric");

        // The same steps on the own region work.
        await ApiClient.ExpectAsync(await region.PostAsync("/api/v1/schools", new { name = Unique.Name("呼和浩特技师学院"), kind = "TechnicianCollege", region = Own }), HttpStatusCode.Created);
        await ApiClient.ExpectAsync(await region.PostAsync("/api/v1/users", NewUser(mine.School, "Teacher")), HttpStatusCode.Created);
        await ApiClient.ExpectAsync(await region.PostAsync($"/api/v1/applications/{mine.Application}/decision", new { approve = true }), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await region.PostAsync($"/api/v1/batches/{mine.Batch}/close", new { assessment = "本批次按期完成。" }), HttpStatusCode.OK);
        await ApiClient.ExpectAsync(await region.PostAsync("/api/v1/batches", new { name = Unique.Name("第二批"), region = Own, opens = "2024-01-01", closes = "2099-01-01" }), HttpStatusCode.Created);

        // Nothing of the other region moved.
        var app = (await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/applications?batchId={theirs.Batch}"), HttpStatusCode.OK)).AsArray().Single()!;
        Assert.Equal("Pending", app["status"]!.GetValue<string>());
        Assert.Equal(theirUsersBefore, await UsersOfAsync(admin, theirs.School));
        Assert.Null((await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/nominations/{theirs.Nomination}"), HttpStatusCode.OK))["publishedAt"]?.GetValue<DateTimeOffset?>());
        Assert.Single((await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training-records?schoolId={theirs.School}"), HttpStatusCode.OK)).AsArray());

        // --- reads: refused or empty for the other region, present for the own one -------------
        foreach (var path in new[]
        {
            $"/api/v1/reports/region?region={Uri.EscapeDataString(Other)}", $"/api/v1/reports/region?region={Uri.EscapeDataString(Other)}&format=xlsx",
            $"/api/v1/reports/schools/{theirs.School}", $"/api/v1/reports/schools/{theirs.School}?format=xlsx",
            $"/api/v1/reports/schools/{theirs.School}?figure=people.training.attendances", $"/api/v1/workload?schoolId={theirs.School}&teacher=x",
        })
        {
            Assert.True((await region.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, $"GET {path}: expected 403");
        }
        foreach (var path in new[]
        {
            $"/api/v1/applications/{theirs.Application}", $"/api/v1/reform-attachments/{theirs.Attachment}", $"/api/v1/nominations/{theirs.Nomination}/evidence",
            $"/api/v1/nominations/{theirs.Nomination}/panel", $"/api/v1/training-records/{theirs.Training}/history",
        })
        {
            Assert.True((await region.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"GET {path}: expected 404");
        }
        await region.PageAsync($"/reform/reports?region={Uri.EscapeDataString(Other)}", HttpStatusCode.Forbidden);
        Assert.DoesNotContain(theirs.SchoolName, await region.PageAsync($"/reform/reports?schoolId={theirs.School}", HttpStatusCode.Forbidden));
        Assert.DoesNotContain(theirs.SchoolName, await region.PageAsync("/admin/users"));

        var users = await ApiClient.ExpectAsync(await region.GetAsync("/api/v1/users"), HttpStatusCode.OK);
        Assert.DoesNotContain(users.AsArray(), u => u!["schoolId"]?.GetValue<Guid?>() == theirs.School);
        Assert.Contains(users.AsArray(), u => u!["schoolId"]?.GetValue<Guid?>() == mine.School);
        var records = (await ApiClient.ExpectAsync(await region.GetAsync("/api/v1/training-records"), HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(records, r => r!["schoolId"]!.GetValue<Guid>() == theirs.School);
        Assert.Contains(records, r => r!["schoolId"]!.GetValue<Guid>() == mine.School);
        Assert.Empty((await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/training-records?schoolId={theirs.School}"), HttpStatusCode.OK)).AsArray());
        Assert.Empty((await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/reform-teachers?schoolId={theirs.School}"), HttpStatusCode.OK)).AsArray());
        Assert.Single((await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/reform-teachers?schoolId={mine.School}"), HttpStatusCode.OK)).AsArray());
        await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/applications/{mine.Application}"), HttpStatusCode.OK);
        Assert.Equal("申报书", await (await region.GetAsync($"/api/v1/reform-attachments/{mine.Attachment}")).Content.ReadAsStringAsync());
        await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/reports/schools/{mine.School}"), HttpStatusCode.OK);
        var report = await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/reports/region?region={Uri.EscapeDataString(Own)}"), HttpStatusCode.OK);
        Assert.Equal(Own, report["region"]!.GetValue<string>());
        Assert.Contains(mine.SchoolName, await region.PageAsync($"/reform/reports?region={Uri.EscapeDataString(Own)}"));
    }

    [Fact]
    public async Task SchoolAdmin_CannotGrantRegionAdminOrAdmin()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: Own);
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        foreach (var body in new object[]
        {
            NewUser(school, "Admin"),
            new { userName = Unique.Name("ra"), password = "Passw0rd-123", displayName = "x", roles = new[] { "RegionAdmin" }, schoolId = school, region = Own },
            new { userName = Unique.Name("ra"), password = "Passw0rd-123", displayName = "x", roles = new[] { "Teacher", "RegionAdmin" }, schoolId = school, region = Own },
        })
        {
            await ApiClient.ExpectProblemAsync(await schoolAdmin.PostAsync("/api/v1/users", body), HttpStatusCode.Forbidden);
        }
        await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/users", NewUser(school, "Teacher")), HttpStatusCode.Created);
        // A RegionAdmin without a region, or with an unknown one, is bad input.
        await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/users", new { userName = Unique.Name("ra"), password = "Passw0rd-123", displayName = "x", roles = new[] { "RegionAdmin" } }), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/users", new { userName = Unique.Name("ra"), password = "Passw0rd-123", displayName = "x", roles = new[] { "RegionAdmin" }, region = "火星" }), HttpStatusCode.BadRequest);
    }

    private static object NewUser(Guid school, string role) =>
        new { userName = Unique.Name("u"), password = "Passw0rd-123", displayName = "测试用户", roles = new[] { role }, schoolId = school };

    private static async Task<int> UsersOfAsync(ApiClient admin, Guid school) =>
        (await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray().Count(u => u!["schoolId"]?.GetValue<Guid?>() == school);
}

public sealed class RegionAdminMatrixTests_Sqlite(SqliteSite site) : RegionAdminMatrixTests(site), IClassFixture<SqliteSite>;

public sealed class RegionAdminMatrixTests_PostgreSql(PostgreSqlSite site) : RegionAdminMatrixTests(site), IClassFixture<PostgreSqlSite>;
