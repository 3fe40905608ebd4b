using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Standards.Tests.Pages;

/// <summary>Courses and learning tasks are managed on pages by whoever the API lets manage them.</summary>
public abstract class CoursePageTests(SiteFixture site)
{
    private static async Task<string> SpecialtyAsync(ApiClient admin)
    {
        var code = "C" + Guid.NewGuid().ToString("N")[..8];
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/specialties", new { code, name = Unique.Name("工业机器人应用与维护") }), HttpStatusCode.Created);
        return code;
    }

    private static Dictionary<string, string> Course(string specialty, string name, string hours = "120", string description = "以工业机器人工作站为载体。") => new()
    {
        ["Input.SpecialtyCode"] = specialty, ["Input.Name"] = name, ["Input.Hours"] = hours, ["Input.Description"] = description,
    };

    private static Dictionary<string, string> TaskFields(string prefix, string name, string workTask, string hours = "24") => new()
    {
        [prefix + "Name"] = name, [prefix + "WorkTask"] = workTask, [prefix + "Hours"] = hours,
    };

    [Fact]
    public async Task PackageForm_PicksCourseAndTaskAndEnterpriseAuthor_PublishedPackageUnderItsTask_CoursePageShowsWhatIsMissing()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var course = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/courses", new { specialtyCode = specialty, name = "工业机器人编程与调试", hours = 96 }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var task = (await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/courses/{course}/tasks", new { name = "搬运工作站编程", workTask = "机器人搬运系统调试" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/courses/{course}/tasks", new { name = "码垛工作站编程", workTask = "机器人码垛系统调试" }), HttpStatusCode.Created);
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);

        // Choosing the specialty brings its courses and tasks into the picker.
        var picker = await teacher.PageAsync($"/packages/edit?handler=Curriculum&Input.SpecialtyCode={specialty}");
        Assert.Contains("工业机器人编程与调试 · 搬运工作站编程", picker);
        var title = Unique.Name("搬运工作站工作页");
        var saved = await teacher.PostFormAsync("/packages/edit", new()
        {
            ["Input.Title"] = title, ["Input.SpecialtyCode"] = specialty, ["Input.ResourceType"] = "WorkPage",
            ["Input.CurriculumLink"] = $"{course}/{task}", ["Input.Authors"] = "李老师", ["Input.EnterpriseAuthors"] = "王工",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[2]);
        var package = await ApiClient.ExpectAsync(await teacher.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
        Assert.Equal(task, package["learningTaskId"]!.GetValue<Guid>());
        Assert.Equal("工业机器人编程与调试", package["courseName"]!.GetValue<string>());
        Assert.Equal(["李老师", "王工（企业）"], package["authors"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("王工", await teacher.PageAsync($"/packages/edit/{id}"));

        await site.PublishAsync(teacher, id);
        var page = await site.Api().PageAsync($"/specialties/{specialty}/courses");
        var carrying = Row(page, "搬运工作站编程");
        Assert.Contains(title, carrying);
        Assert.Contains("教材", carrying);
        Assert.DoesNotContain(">工作页<", carrying[(carrying.IndexOf(title, StringComparison.Ordinal) + title.Length)..]);
        Assert.Contains("教学视频", Row(page, "码垛工作站编程"));
        Assert.Contains("暂无", Row(page, "码垛工作站编程"));
    }

    /// <summary>The table row of a learning task on the course page.</summary>
    private static string Row(string page, string task)
    {
        var at = page.IndexOf(task, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the page lists {task}");
        return page[page.LastIndexOf("<tr", at, StringComparison.Ordinal)..(page.IndexOf("</tr>", at, StringComparison.Ordinal) + 5)];
    }

    private static async Task<string> CreatedAsync(ApiClient admin, string specialty, string name)
    {
        var created = await admin.PostFormAsync("/admin/courses", Course(specialty, name));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task CreateCourseAndTask_Admin_SpecialtyPageAndApiShowThem()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var edit = await CreatedAsync(admin, specialty, "工业机器人现场编程");
        Assert.Matches("^/courses/[0-9a-f-]{36}/edit$", edit);
        Assert.Contains("已新增课程“工业机器人现场编程”，请为它添加学习任务。", await admin.PageAsync(edit));

        var added = await admin.PostFormAsync(edit + "?handler=Task", TaskFields("NewTask.", "搬运工作站示教编程", "机器人搬运作业编程与调试"), from: edit);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("已添加学习任务“搬运工作站示教编程”。", await admin.PageAsync(edit));

        var page = await admin.PageAsync($"/specialties/{specialty}/courses");
        Assert.Contains("工业机器人现场编程", page);
        Assert.Contains("（120 学时）", page);
        Assert.Matches(@"<td>搬运工作站示教编程\s*<span class=""muted"">（24 学时）</span>\s*</td>", page);
        Assert.Contains($"href=\"{edit}\"", page);
        Assert.Contains($"href=\"/specialties/{specialty}/courses\"", await site.Api().PageAsync("/specialties"));
        var api = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/courses?specialtyCode={specialty}"), HttpStatusCode.OK);
        Assert.Equal("机器人搬运作业编程与调试", api[0]!["tasks"]![0]!["workTask"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateCourse_BadInput_MarksFieldsKeepsTypedTextAndRefusesDuplicate()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var bad = await (await admin.PostFormAsync("/admin/courses", Course(specialty, "", hours: "0", description: "保留这段简介"))).HtmlAsync();
        Assert.Contains("请填写课程名称。", bad);
        Assert.Contains("学时应在 1 到 10000 之间。", bad);
        Assert.Contains("保留这段简介", bad);
        Assert.Contains("value=\"0\"", bad);
        Assert.Contains($"<option selected=\"selected\" value=\"{specialty}\">", bad);

        var notNumber = await (await admin.PostFormAsync("/admin/courses", Course(specialty, "焊接机器人编程", hours: "一百"))).HtmlAsync();
        Assert.Contains("“一百”不是有效的值。", notNumber);
        Assert.Contains("value=\"焊接机器人编程\"", notNumber);

        await CreatedAsync(admin, specialty, "机器人系统维护");
        var duplicate = await (await admin.PostFormAsync("/admin/courses", Course(specialty, "机器人系统维护"))).HtmlAsync();
        Assert.Contains($"专业“{specialty}”已有课程“机器人系统维护”。", duplicate);
        Assert.Contains("value=\"机器人系统维护\"", duplicate);
    }

    [Fact]
    public async Task EditCourseAndTask_Admin_SavedValuesShownEverywhere()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var edit = await CreatedAsync(admin, specialty, "工业机器人装调");
        await admin.PostFormAsync(edit + "?handler=Task", TaskFields("NewTask.", "底座装配", "机器人本体装配"), from: edit);
        var taskEdit = System.Text.RegularExpressions.Regex.Match(await admin.PageAsync(edit), "href=\"(/courses/[^\"]+/tasks/[^\"]+/edit)\"").Groups[1].Value;

        var refused = await (await admin.PostFormAsync(edit, Course(specialty, "工业机器人装调与维修", hours: "99999"))).HtmlAsync();
        Assert.Contains("学时应在 1 到 10000 之间。", refused);
        Assert.Contains("value=\"工业机器人装调与维修\"", refused);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, Course(specialty, "工业机器人装调与维修", hours: "160"))).StatusCode);
        Assert.Contains("课程已保存。", await admin.PageAsync(edit));
        var saved = await admin.PostFormAsync(taskEdit, TaskFields("Input.", "底座与腰部装配", "机器人本体装配与精度检测", "32"));
        Assert.Equal(edit, saved.Headers.Location!.OriginalString);

        var page = await admin.PageAsync($"/specialties/{specialty}/courses");
        Assert.Matches(@"工业机器人装调与维修\s+<span class=""muted"">（160 学时）</span>", page);
        Assert.Matches(@"<td>底座与腰部装配\s*<span class=""muted"">（32 学时）</span>\s*</td>", page);
        Assert.Contains("<td>机器人本体装配与精度检测</td>", page);
        var empty = await (await admin.PostFormAsync(taskEdit, TaskFields("Input.", "", "", "1.5"))).HtmlAsync();
        Assert.Contains("请填写学习任务名称。", empty);
        Assert.Contains("请填写对应的典型工作任务。", empty);
        Assert.Contains("“1.5”不是有效的值。", empty);
    }

    [Fact]
    public async Task Pages_SchoolAdminAndUnknownIds_Get403And404()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var edit = await CreatedAsync(admin, specialty, "机器人离线编程");
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);

        await schoolAdmin.PageAsync("/admin/courses", HttpStatusCode.Forbidden);
        await schoolAdmin.PageAsync(edit, HttpStatusCode.Forbidden);
        var post = await schoolAdmin.PostFormAsync(edit, Course(specialty, "改名"), from: "/specialties");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var open = await schoolAdmin.PageAsync($"/specialties/{specialty}/courses");
        Assert.Contains("机器人离线编程", open);
        Assert.DoesNotContain("/edit", open);
        await admin.PageAsync($"/courses/{Guid.NewGuid()}/edit", HttpStatusCode.NotFound);
        await admin.PageAsync($"{edit[..^5]}/tasks/{Guid.NewGuid()}/edit", HttpStatusCode.NotFound);
        await site.Api().PageAsync("/specialties/NO-SUCH/courses", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutCourse_Api_SavesKeepsSpecialtyAndIsAdminOnly()
    {
        var admin = await site.AdminAsync();
        var specialty = await SpecialtyAsync(admin);
        var id = (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/courses", new { specialtyCode = specialty, name = "码垛工作站编程" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var body = await ApiClient.ExpectAsync(await admin.PutAsync($"/api/v1/courses/{id}", new { specialtyCode = specialty, name = "码垛工作站编程与调试", hours = 80 }), HttpStatusCode.OK);
        Assert.Equal(80, body["hours"]!.GetValue<int>());
        var moved = await ApiClient.ExpectProblemAsync(await admin.PutAsync($"/api/v1/courses/{id}", new { specialtyCode = "0401", name = "码垛" }), HttpStatusCode.BadRequest);
        Assert.NotNull(moved["errors"]!["specialtyCode"]);
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PutAsync($"/api/v1/courses/{id}", new { specialtyCode = specialty, name = "改名" }), HttpStatusCode.Forbidden);
    }
}

public sealed class CoursePageTests_Sqlite(SqliteSite site) : CoursePageTests(site), IClassFixture<SqliteSite>;

public sealed class CoursePageTests_PostgreSql(PostgreSqlSite site) : CoursePageTests(site), IClassFixture<PostgreSqlSite>;
