using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Standards.Tests.Api;

public abstract class CourseStandardsApiTests(SiteFixture site)
{
    private static object Content(string advice = "以学习任务为载体组织教学。\n采用小组合作方式。") => new
    {
        trainingGoals = "培养能完成数控车削典型工作任务的中级技能人才。",
        courseArrangement = "第一学年：零件数控车削加工。\n第二学年：复杂零件加工。",
        courseNorms = "遵循国家职业技能标准与世界技能大赛标准。",
        implementationAdvice = advice,
        assessment = "过程性考核与终结性考核相结合。",
        skillLevels = new[] { "中级工", "高级工" },
    };

    [Fact]
    public async Task CreateStandard_AsAdmin_IsVersion1WithFiveSections()
    {
        var admin = await site.AdminAsync();
        var body = await CreateNationalAsync(admin);
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Equal("过程性考核与终结性考核相结合。", body["sections"]!["assessment"]!.GetValue<string>());
        Assert.Equal(["中级工", "高级工"], body["skillLevels"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task CreateStandard_UnknownSkillLevel_Returns400()
    {
        var admin = await site.AdminAsync();
        var content = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Content()))!;
        content["skillLevels"] = new JsonArray("大师");
        var body = await ApiClient.ExpectProblemAsync(
            await admin.PostAsync("/api/v1/standards", new { specialtyCode = "0102", title = "数控加工专业课程标准", content }), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["skillLevels"]);
    }

    [Fact]
    public async Task Adapt_SchoolChangesASection_ChangesShowOnlyThatSection()
    {
        var admin = await site.AdminAsync();
        var national = (await CreateNationalAsync(admin))["id"]!.GetValue<Guid>();
        var schoolAdmin = await SchoolAdminAsync(admin);
        var copy = await ApiClient.ExpectAsync(await schoolAdmin.PostAsync($"/api/v1/standards/{national}/adaptations", new { }), HttpStatusCode.Created);
        var copyId = copy["id"]!.GetValue<Guid>();
        Assert.Equal(national, copy["sourceId"]!.GetValue<Guid>());
        Assert.Equal(1, copy["sourceVersion"]!.GetValue<int>());

        await ApiClient.ExpectAsync(await schoolAdmin.PostAsync($"/api/v1/standards/{copyId}/versions",
            new { content = Content("以学习任务为载体组织教学。\n结合本地风电企业的真实工单。"), note = "结合本地产业" }), HttpStatusCode.Created);

        var changes = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{copyId}/changes"), HttpStatusCode.OK);
        var sections = changes["sections"]!.AsArray();
        var advice = sections.Single(s => s!["key"]!.GetValue<string>() == "implementationAdvice")!;
        Assert.True(advice["changed"]!.GetValue<bool>());
        Assert.Contains(advice["lines"]!.AsArray(), l => l!["op"]!.GetValue<string>() == "Added" && l["text"]!.GetValue<string>().Contains("风电"));
        Assert.Contains(advice["lines"]!.AsArray(), l => l!["op"]!.GetValue<string>() == "Removed" && l["text"]!.GetValue<string>().Contains("小组合作"));
        Assert.All(sections.Where(s => s!["key"]!.GetValue<string>() != "implementationAdvice"), s => Assert.False(s!["changed"]!.GetValue<bool>()));

        // The national standard itself is unchanged: versions are separate, never edited.
        var source = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{national}"), HttpStatusCode.OK);
        Assert.Contains("小组合作", source["sections"]!["implementationAdvice"]!.GetValue<string>());
    }

    [Fact]
    public async Task NewSourceVersion_AdaptationIsToldUntilAligned()
    {
        var admin = await site.AdminAsync();
        var national = (await CreateNationalAsync(admin))["id"]!.GetValue<Guid>();
        var schoolAdmin = await SchoolAdminAsync(admin);
        var copyId = (await ApiClient.ExpectAsync(await schoolAdmin.PostAsync($"/api/v1/standards/{national}/adaptations", new { }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var fresh = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{copyId}"), HttpStatusCode.OK);
        Assert.False(fresh["sourceUpdated"]!.GetValue<bool>());

        await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/standards/{national}/versions",
            new { content = Content("以学习任务为载体组织教学。\n采用小组合作方式。\n引入数字化教学资源。"), note = "2025 修订" }), HttpStatusCode.Created);

        var told = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{copyId}"), HttpStatusCode.OK);
        Assert.True(told["sourceUpdated"]!.GetValue<bool>());
        Assert.Equal(2, told["sourceLatestVersion"]!.GetValue<int>());
        var changes = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{copyId}/changes"), HttpStatusCode.OK);
        Assert.Contains(changes["sourceChanges"]!.AsArray(), s => s!["key"]!.GetValue<string>() == "implementationAdvice" && s["changed"]!.GetValue<bool>());
        var page = await (await site.Api().GetAsync($"/standards/{copyId}")).Content.ReadAsStringAsync();
        Assert.Contains("来源的国家课程标准已更新", page);

        var aligned = await ApiClient.ExpectAsync(await schoolAdmin.PostAsync($"/api/v1/standards/{copyId}/align", new { }), HttpStatusCode.OK);
        Assert.False(aligned["sourceUpdated"]!.GetValue<bool>());
        Assert.Equal(2, aligned["sourceVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task Adapt_AsTeacher_Returns403()
    {
        var admin = await site.AdminAsync();
        var national = (await CreateNationalAsync(admin))["id"]!.GetValue<Guid>();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await teacher.PostAsync($"/api/v1/standards/{national}/adaptations", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StandardPage_ListsOnlyPublishedResourcesForEachLearningTask()
    {
        var admin = await site.AdminAsync();
        var specialty = "S" + Guid.NewGuid().ToString("N")[..8];
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/specialties", new { code = specialty, name = Unique.Name("新能源汽车") }), HttpStatusCode.Created);
        var standard = (await CreateNationalAsync(admin, specialty))["id"]!.GetValue<Guid>();
        var course = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/courses", new { specialtyCode = specialty, name = "动力电池检测与维修", hours = 120 }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var task = (await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/courses/{course}/tasks", new { name = "动力电池包绝缘检测", workTask = "新能源汽车动力电池故障诊断" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var title = Unique.Name("绝缘检测工作页");
        var package = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages",
            new { title, specialtyCode = specialty, resourceType = "WorkPage", courseId = course, learningTaskId = task }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        Assert.Empty(TaskResources(await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{standard}"), HttpStatusCode.OK), task));

        await site.PublishAsync(teacher, package);
        var resources = TaskResources(await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/standards/{standard}"), HttpStatusCode.OK), task);
        Assert.Equal(package, Assert.Single(resources)!["packageId"]!.GetValue<Guid>());
        var page = await (await site.Api().GetAsync($"/standards/{standard}")).Content.ReadAsStringAsync();
        Assert.Contains("动力电池包绝缘检测", page);
        Assert.Contains(title, page);
    }

    [Fact]
    public async Task CreatePackage_TaskOfAnotherCourse_Returns400NamingLearningTask()
    {
        var admin = await site.AdminAsync();
        var first = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/courses", new { specialtyCode = "0401", name = Unique.Name("汽车维护") }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var second = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/courses", new { specialtyCode = "0401", name = Unique.Name("汽车电气") }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var task = (await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/courses/{second}/tasks", new { name = "灯光系统检修", workTask = "汽车电气故障诊断" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var body = await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/packages",
            new { title = "工作页", specialtyCode = "0401", resourceType = "WorkPage", courseId = first, learningTaskId = task }), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["learningTaskId"]);
    }

    private async Task<JsonNode> CreateNationalAsync(ApiClient admin, string specialtyCode = "0102") =>
        await ApiClient.ExpectAsync(
            await admin.PostAsync("/api/v1/standards", new { specialtyCode, title = Unique.Name("一体化课程标准"), content = Content() }),
            HttpStatusCode.Created);

    private async Task<ApiClient> SchoolAdminAsync(ApiClient admin)
    {
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "SchoolAdmin");
        return await site.Api().SignInAsync(name, password);
    }

    private static JsonArray TaskResources(JsonNode standard, Guid task) =>
        standard["courses"]!.AsArray().SelectMany(c => c!["tasks"]!.AsArray()).Single(t => t!["id"]!.GetValue<Guid>() == task)!["resources"]!.AsArray();
}

public sealed class CourseStandardsApiTests_Sqlite(SqliteSite site) : CourseStandardsApiTests(site), IClassFixture<SqliteSite>;

public sealed class CourseStandardsApiTests_PostgreSql(PostgreSqlSite site) : CourseStandardsApiTests(site), IClassFixture<PostgreSqlSite>;
