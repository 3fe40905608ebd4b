using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>A school's specialty applications are read by admins and the applying school only.</summary>
public abstract class ApplicationsVisibilityTests(SiteFixture site)
{
    [Fact]
    public async Task ListApplications_AnonymousOrOtherSchool_Refused_OwnSchoolSeesOnlyItsOwn()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicianCollege", region: "内蒙古自治区");
        var other = await admin.CreateSchoolAsync(kind: "TechnicianCollege", region: "内蒙古自治区");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        var own = await SignInAsync(admin, school);
        var stranger = await SignInAsync(admin, other);
        await own.AppliedAsync(batch, school, "0101");
        await stranger.AppliedAsync(batch, other, "0102");

        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/applications?batchId={batch}"), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await stranger.GetAsync($"/api/v1/applications?schoolId={school}"), HttpStatusCode.Forbidden);
        var mine = await ApiClient.ExpectAsync(await own.GetAsync($"/api/v1/applications?batchId={batch}"), HttpStatusCode.OK);
        Assert.Single(mine.AsArray());
        Assert.Equal(school, mine[0]!["schoolId"]!.GetValue<Guid>());
        var all = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/applications?batchId={batch}"), HttpStatusCode.OK);
        Assert.Equal(2, all.AsArray().Count);
    }

    private async Task<ApiClient> SignInAsync(ApiClient admin, Guid school)
    {
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        return await site.Api().SignInAsync(name, password);
    }
}

public sealed class ApplicationsVisibilityTests_Sqlite(SqliteSite site) : ApplicationsVisibilityTests(site), IClassFixture<SqliteSite>;
