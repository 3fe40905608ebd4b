using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

public abstract class TrainingApiTests(SiteFixture site)
{
    [Fact]
    public async Task Import_BadRows_DryRunListsEveryOneAndImportSavesNothing()
    {
        var admin = await site.AdminAsync();
        var schoolName = Unique.Name("包头技师学院");
        var school = await admin.CreateSchoolAsync(schoolName, region: "内蒙古自治区");
        var before = await admin.TargetsAsync("内蒙古自治区");
        var sheet = Reform.Sheet(
            ["王老师", schoolName, "数控车削加工", 40, new DateTime(2024, 5, 20), "内蒙古机电职业技术学院研修基地"],
            ["李老师", schoolName, "数控车削加工", "四十", new DateTime(2024, 5, 20), "内蒙古机电职业技术学院研修基地"],
            ["赵老师", "不存在的学校", "汽车维修", 24, "2024-06-01", "研修基地"],
            ["", schoolName, "汽车维修", 24, "不是日期", "研修基地"]);

        var dry = await ApiClient.ExpectAsync(await admin.ImportAsync(sheet, dryRun: true), HttpStatusCode.OK);
        var errors = dry["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["row"]!.GetValue<int>() == 3 && e["column"]!.GetValue<string>() == "学时");
        Assert.Contains(errors, e => e!["row"]!.GetValue<int>() == 4 && e["column"]!.GetValue<string>() == "学校");
        Assert.Contains(errors, e => e!["row"]!.GetValue<int>() == 5 && e["column"]!.GetValue<string>() == "教师姓名");
        Assert.Contains(errors, e => e!["row"]!.GetValue<int>() == 5 && e["column"]!.GetValue<string>() == "培训日期");
        Assert.DoesNotContain(errors, e => e!["row"]!.GetValue<int>() == 2);
        Assert.False(dry["saved"]!.GetValue<bool>());

        var rejected = await ApiClient.ExpectProblemAsync(await admin.ImportAsync(sheet, dryRun: false), HttpStatusCode.BadRequest);
        Assert.Equal(errors.Count, rejected["rows"]!.AsArray().Count);

        var records = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training-records?schoolId={school}"), HttpStatusCode.OK);
        Assert.Empty(records.AsArray());
        Assert.Equal(before.Actual("teachers"), (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));
    }

    [Fact]
    public async Task Import_GoodSheet_SavesAndRaisesTrainedTeachers()
    {
        var admin = await site.AdminAsync();
        var schoolName = Unique.Name("赤峰技工学校");
        var school = await admin.CreateSchoolAsync(schoolName, kind: "TechnicalSchool", region: "内蒙古自治区");
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var national = await admin.TargetsAsync();
        var region = await admin.TargetsAsync("内蒙古自治区");
        var sheet = Reform.Sheet(
            ["张老师", schoolName, "汽车维修一体化课程", 40, new DateTime(2024, 3, 10), "自治区一体化师资研修基地"],
            ["张老师", schoolName, "汽车维修一体化课程（二）", 16, "2024-04-12", "自治区一体化师资研修基地"],
            ["刘老师", schoolName, "电气自动化一体化课程", 32.5, "2023/05/06", "自治区一体化师资研修基地"]);

        var dry = await ApiClient.ExpectAsync(await schoolAdmin.ImportAsync(sheet, dryRun: true), HttpStatusCode.OK);
        Assert.Empty(dry["errors"]!.AsArray());
        Assert.Equal(region.Actual("teachers"), (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));

        var saved = await ApiClient.ExpectAsync(await schoolAdmin.ImportAsync(sheet, dryRun: false), HttpStatusCode.OK);
        Assert.True(saved["saved"]!.GetValue<bool>());
        Assert.Equal(3, saved["rows"]!.GetValue<int>());
        Assert.Equal(region.Actual("teachers") + 2, (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));
        Assert.Equal(national.Actual("teachers") + 2, (await admin.TargetsAsync()).Actual("teachers"));
    }

    [Fact]
    public async Task Import_AnotherSchoolsTeachers_BySchoolAdmin_ListsRowsAsBad()
    {
        var admin = await site.AdminAsync();
        var own = await admin.CreateSchoolAsync();
        var otherName = Unique.Name("他校");
        await admin.CreateSchoolAsync(otherName);
        var (name, password) = await admin.CreateUserAsync(own, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var dry = await ApiClient.ExpectAsync(
            await schoolAdmin.ImportAsync(Reform.Sheet(["周老师", otherName, "课程", 8, "2024-01-02", "基地"]), dryRun: true), HttpStatusCode.OK);
        Assert.Contains(dry["errors"]!.AsArray(), e => e!["row"]!.GetValue<int>() == 2 && e["column"]!.GetValue<string>() == "学校");
    }

    [Fact]
    public async Task Workload_InnerMongolia_CountsIntegratedHoursAt14()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: "内蒙古自治区");
        await AddLoadAsync(admin, school, "陈老师", 100, integrated: true);
        await AddLoadAsync(admin, school, "陈老师", 50, integrated: false);
        var report = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/workload?schoolId={school}&teacher={Uri.EscapeDataString("陈老师")}"), HttpStatusCode.OK);
        Assert.Equal(1.4m, report["multiplier"]!.GetValue<decimal>());
        Assert.Equal(190m, report["countedHours"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Workload_RegionWithoutRule_UsesNationalDefault10()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: "江苏省");
        await AddLoadAsync(admin, school, "吴老师", 100, integrated: true);
        var report = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/workload?schoolId={school}&teacher={Uri.EscapeDataString("吴老师")}"), HttpStatusCode.OK);
        Assert.Equal(1.0m, report["multiplier"]!.GetValue<decimal>());
        Assert.Equal(100m, report["countedHours"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Workload_AnotherSchoolsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var other = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.GetAsync($"/api/v1/workload?schoolId={other}&teacher=x"), HttpStatusCode.Forbidden);
    }

    private static async Task AddLoadAsync(ApiClient admin, Guid school, string teacher, decimal hours, bool integrated) =>
        await ApiClient.ExpectAsync(
            await admin.PostAsync("/api/v1/teaching-loads", new { teacherName = teacher, schoolId = school, courseName = integrated ? "汽车维修一体化课程" : "机械制图", hours, integrated, term = "2024-2025-1" }),
            HttpStatusCode.Created);
}

public sealed class TrainingApiTests_Sqlite(SqliteSite site) : TrainingApiTests(site), IClassFixture<SqliteSite>;

public sealed class TrainingApiTests_PostgreSql(PostgreSqlSite site) : TrainingApiTests(site), IClassFixture<PostgreSqlSite>;
