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
        // Training is counted in 人次 (as the seeds count it): three records, three attendances.
        Assert.Equal(region.Actual("teachers") + 3, (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));
        Assert.Equal(national.Actual("teachers") + 3, (await admin.TargetsAsync()).Actual("teachers"));
    }

    [Fact]
    public async Task Import_SameSheetTwice_IsIdempotent_AndAChangedRowUpdatesWithHistory()
    {
        var admin = await site.AdminAsync();
        var schoolName = Unique.Name("乌海技工学校");
        var school = await admin.CreateSchoolAsync(schoolName, kind: "TechnicalSchool", region: "内蒙古自治区");
        var (teacherUser, _) = await admin.CreateUserAsync(school, "Teacher");
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        byte[] Sheet(decimal hours) => Reform.SheetWith(["用户名", "结束日期"],
            ["孙老师", schoolName, "一体化课程开发", hours, new DateTime(2024, 7, 1), "自治区一体化师资研修基地", teacherUser, new DateTime(2024, 7, 5)],
            ["周老师", schoolName, "一体化课程开发", 40, new DateTime(2024, 7, 1), "自治区一体化师资研修基地", null, new DateTime(2024, 7, 5)]);
        var before = (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers");

        var first = await ApiClient.ExpectAsync(await schoolAdmin.ImportAsync(Sheet(40), dryRun: false), HttpStatusCode.OK);
        Assert.Equal(2, first["added"]!.GetValue<int>());
        var again = await ApiClient.ExpectAsync(await schoolAdmin.ImportAsync(Sheet(40), dryRun: false), HttpStatusCode.OK);
        Assert.Equal(0, again["added"]!.GetValue<int>());
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        var records = (await ApiClient.ExpectAsync(await schoolAdmin.GetAsync($"/api/v1/training-records?schoolId={school}"), HttpStatusCode.OK)).AsArray();
        Assert.Equal(2, records.Count);
        Assert.Equal(before + 2, (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));
        // The account named in the sheet is linked; the other teacher has none.
        var sun = records.Single(r => r!["teacherName"]!.GetValue<string>() == "孙老师")!;
        Assert.NotNull(sun["userId"]?.GetValue<Guid?>());
        Assert.Equal("2024-07-05", sun["endDate"]!.GetValue<string>());

        // A corrected sheet updates the row in place, and the history keeps both versions.
        var corrected = await ApiClient.ExpectAsync(await schoolAdmin.ImportAsync(Sheet(48), dryRun: false), HttpStatusCode.OK);
        Assert.Equal(1, corrected["updated"]!.GetValue<int>());
        var id = sun["id"]!.GetValue<Guid>();
        var history = (await ApiClient.ExpectAsync(await schoolAdmin.GetAsync($"/api/v1/training-records/{id}/history"), HttpStatusCode.OK)).AsArray();
        Assert.Equal(["新增", "更新"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.Contains("\"hours\":40", history[1]!["before"]!.GetValue<string>());
        Assert.Contains("\"hours\":48", history[1]!["after"]!.GetValue<string>());

        // Edit and delete through the API, both kept in the history.
        await ApiClient.ExpectAsync(await schoolAdmin.PutAsync($"/api/v1/training-records/{id}", new
        {
            teacherName = "孙老师", courseName = "一体化课程开发", hours = 50, date = "2024-07-01", endDate = "2024-07-05", trainingBase = "自治区一体化师资研修基地",
        }), HttpStatusCode.OK);
        Assert.Equal(204, (int)(await schoolAdmin.Http.DeleteAsync($"/api/v1/training-records/{id}")).StatusCode);
        history = (await ApiClient.ExpectAsync(await schoolAdmin.GetAsync($"/api/v1/training-records/{id}/history"), HttpStatusCode.OK)).AsArray();
        Assert.Equal(["新增", "更新", "更新", "删除"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal(before + 1, (await admin.TargetsAsync("内蒙古自治区")).Actual("teachers"));
    }

    [Fact]
    public async Task AddRecord_SameTrainingTwice_IsOneAttendance()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: "内蒙古自治区");
        var body = new { teacherName = "冯老师", schoolId = school, courseName = "工作页编写", hours = 8, date = "2024-09-01", trainingBase = "研修基地" };
        var a = await Reform.IdOfAsync(await admin.PostAsync("/api/v1/training-records", body));
        var b = await Reform.IdOfAsync(await admin.PostAsync("/api/v1/training-records", body));
        Assert.Equal(a, b);
        Assert.Single((await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training-records?schoolId={school}"), HttpStatusCode.OK)).AsArray());
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
