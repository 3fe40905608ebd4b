using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

public abstract class TargetsApiTests(SiteFixture site)
{
    [Fact]
    public async Task GetTargets_National_ReturnsPlanTargetsAndPhases()
    {
        var body = await site.Api().TargetsAsync();
        Assert.Equal("全国", body["region"]!.GetValue<string>());
        Assert.Equal(100, body["targets"]!["specialties"]!.GetValue<int>());
        Assert.Equal(1000, body["targets"]!["schools"]!.GetValue<int>());
        Assert.Equal(10000, body["targets"]!["teachers"]!.GetValue<int>());
        Assert.NotNull(body["actual"]!["teachers"]);
        var phases = body["phases"]!.AsArray();
        Assert.Equal(3, phases.Count);
        Assert.Equal("2022-04-01", phases[0]!["start"]!.GetValue<string>());
        Assert.Equal("2023-07-31", phases[0]!["end"]!.GetValue<string>());
        Assert.Equal(30, phases[0]!["targets"]!["specialties"]!.GetValue<int>());
        Assert.Equal(1500, phases[0]!["targets"]!["teachers"]!.GetValue<int>());
        Assert.Equal(3500, phases[1]!["targets"]!["teachers"]!.GetValue<int>());
        Assert.Equal(5000, phases[2]!["targets"]!["teachers"]!.GetValue<int>());
        // As the seeds state them: specialties and schools reached by each phase's end (the third
        // reaches 100 / 1,000 in total), training in 人次 per phase adding up to the 10,000.
        Assert.Equal([30, 60, 100], phases.Select(p => p!["targets"]!["specialties"]!.GetValue<int>()));
        Assert.Equal([300, 600, 1000], phases.Select(p => p!["targets"]!["schools"]!.GetValue<int>()));
        Assert.Equal(10000, phases.Sum(p => p!["targets"]!["teachers"]!.GetValue<int>()));
        Assert.NotNull(phases[2]!["actual"]!["schools"]);
    }

    [Fact]
    public async Task GetTargets_InnerMongolia_ReturnsRegionalTargets()
    {
        var body = await site.Api().TargetsAsync("内蒙古自治区");
        Assert.Equal("内蒙古自治区", body["region"]!.GetValue<string>());
        Assert.Equal(20, body["targets"]!["specialties"]!.GetValue<int>());
        Assert.Equal(10, body["targets"]!["schools"]!.GetValue<int>());
        Assert.Equal(200, body["targets"]!["teachers"]!.GetValue<int>());
        Assert.Equal("2024-07-01", body["phases"]![2]!["start"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetTargets_UnknownRegion_Returns400NamingRegion()
    {
        var body = await ApiClient.ExpectProblemAsync(await site.Api().GetAsync("/api/v1/targets?region=火星"), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["region"]);
    }

    [Fact]
    public async Task ApproveApplication_CountsTowardNationalAndRegionalActuals_OnlyOnceApproved()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "SeniorTechnicalSchool", region: "青海省");
        var specialty = await admin.CreateSpecialtyAsync();
        var batch = await admin.CreateBatchAsync("青海省");
        var nationalBefore = await admin.TargetsAsync();
        var regionBefore = await admin.TargetsAsync("青海省");

        var application = await admin.AppliedAsync(batch, school, specialty);
        Assert.Equal(nationalBefore.Actual("specialties"), (await admin.TargetsAsync()).Actual("specialties"));

        await admin.ApproveAsync(application);
        var national = await admin.TargetsAsync();
        var region = await admin.TargetsAsync("青海省");
        Assert.Equal(nationalBefore.Actual("specialties") + 1, national.Actual("specialties"));
        Assert.Equal(nationalBefore.Actual("schools") + 1, national.Actual("schools"));
        Assert.Equal(regionBefore.Actual("specialties") + 1, region.Actual("specialties"));
        Assert.Equal(regionBefore.Actual("schools") + 1, region.Actual("schools"));
        // The batch opened in May 2022: the implementation belongs to the national phase 1.
        Assert.True(national["phases"]![0]!["actual"]!["schools"]!.GetValue<int>() >= 1);
        // Another region's figures do not move.
        Assert.Equal(0, (await admin.TargetsAsync("西藏自治区")).Actual("schools"));
    }

    [Fact]
    public async Task PutTargets_AsAdmin_ChangesTheTargets()
    {
        var admin = await site.AdminAsync();
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/targets", new { region = "甘肃省", specialties = 12, schools = 8, teachers = 150 }), HttpStatusCode.OK);
        var body = await admin.TargetsAsync("甘肃省");
        Assert.Equal(12, body["targets"]!["specialties"]!.GetValue<int>());
        Assert.Equal(150, body["targets"]!["teachers"]!.GetValue<int>());
    }

    [Fact]
    public async Task PutTargets_AsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await teacher.PutAsync("/api/v1/targets", new { specialties = 1, schools = 1, teachers = 1 }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Dashboard_ShowsNationalAndRegionalProgress()
    {
        var html = await (await site.Api().GetAsync("/reform")).Content.ReadAsStringAsync();
        Assert.Contains("工学一体化改革进展", html);
        Assert.Contains("内蒙古自治区", html);
        Assert.Contains("第一阶段", html);
        Assert.Contains("<svg", html);
    }
}

public sealed class TargetsApiTests_Sqlite(SqliteSite site) : TargetsApiTests(site), IClassFixture<SqliteSite>;

public sealed class TargetsApiTests_PostgreSql(PostgreSqlSite site) : TargetsApiTests(site), IClassFixture<PostgreSqlSite>;
