using System.Net;
using System.Text.RegularExpressions;
using ResourceHub.Reform.Services;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Pages;

/// <summary>The workload page records hours as the API does and shows them counted by the region's multiplier.</summary>
public abstract partial class WorkloadPageTests(SiteFixture site)
{
    private const string Path = "/reform/workload";

    private static Dictionary<string, string> Load(Guid school, string teacher, string hours, bool integrated, string course = "汽车维修一体化课程", string term = "2024-2025-1") => new()
    {
        ["Input.TeacherName"] = teacher, ["Input.SchoolId"] = school.ToString(), ["Input.CourseName"] = course,
        ["Input.Hours"] = hours, ["Input.Integrated"] = integrated ? "true" : "false", ["Input.Term"] = term,
    };

    private async Task<(ApiClient Admin, Guid School, ApiClient SchoolAdmin)> SchoolAsync(string region = "内蒙古自治区")
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: region);
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        return (admin, school, await site.Api().SignInAsync(name, password));
    }

    [Fact]
    public async Task Record_InnerMongoliaSchoolAdmin_ShowsHoursCountedAt14WithTotals()
    {
        var (_, school, schoolAdmin) = await SchoolAsync();
        var saved = await schoolAdmin.PostFormAsync(Path, Load(school, "陈老师", "100", integrated: true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Contains($"schoolId={school}", location);
        Assert.Contains("已登记 陈老师 2024-2025-1 学期《汽车维修一体化课程》100 课时。", await schoolAdmin.PageAsync(location));
        await schoolAdmin.PostFormAsync(Path, Load(school, "陈老师", "50", integrated: false, course: "机械制图"));
        await schoolAdmin.PostFormAsync(Path, Load(school, "林老师", "20.5", integrated: true));
        await schoolAdmin.PostFormAsync(Path, Load(school, "陈老师", "10", integrated: true, term: "2023-2024-2"));

        var html = await schoolAdmin.PageAsync(location);
        Assert.Contains("一体化课时 × 1.4", html);
        // 陈老师 in 2024-2025-1: 100 × 1.4 + 50 = 190; 林老师: 20.5 × 1.4 = 28.7; together 218.7.
        Assert.Contains(Row("陈老师", "2024-2025-1", "100", "50", "190"), html);
        Assert.Contains(Row("林老师", "2024-2025-1", "20.5", "0", "28.7"), html);
        Assert.Contains("合计</th><td><strong>218.7</strong></td><td>120.5</td><td>50</td>", html);
        Assert.DoesNotContain(">2023-2024-2</td>", html);

        var all = await schoolAdmin.PageAsync($"{Path}?schoolId={school}");
        Assert.Contains(Row("陈老师", "2023-2024-2", "10", "0", "14"), all);
        Assert.Contains("合计</th><td><strong>232.7</strong></td><td>130.5</td><td>50</td>", all);
    }

    [Fact]
    public async Task Record_BadInput_MarksFieldsKeepsTypedTextAndSavesNothing()
    {
        var (_, school, schoolAdmin) = await SchoolAsync();
        var missing = await (await schoolAdmin.PostFormAsync(Path, Load(school, "", "abc", true, course: "电气控制一体化课程", term: " "))).HtmlAsync();
        Assert.Contains("请填写教师姓名。", missing);
        Assert.Contains("“abc”不是有效的值。", missing);
        Assert.Contains("请填写学期，例如 2024-2025-1。", missing);
        Assert.Contains("value=\"电气控制一体化课程\"", missing);
        Assert.Contains("value=\"abc\"", missing);
        Assert.Equal(3, InvalidFields().Matches(missing).Count);

        var tooMany = await (await schoolAdmin.PostFormAsync(Path, Load(school, "宋老师", "3000", true))).HtmlAsync();
        Assert.Contains("课时应大于 0 且不超过 2000。", tooMany);
        Assert.Contains("value=\"宋老师\"", tooMany);
        Assert.Contains("暂无课时记录。", await schoolAdmin.PageAsync(Path));
    }

    [Fact]
    public async Task Pages_WhoMayNot_Get403()
    {
        var (admin, school, schoolAdmin) = await SchoolAsync();
        var other = await admin.CreateSchoolAsync();
        var (teacherName, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(teacherName, password);

        Assert.DoesNotContain("登记课时", await teacher.PageAsync(Path));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync(Path, Load(school, "周老师", "8", true))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolAdmin.PostFormAsync(Path, Load(other, "周老师", "8", true))).StatusCode);
        await schoolAdmin.PageAsync($"{Path}?schoolId={other}", HttpStatusCode.Forbidden);
        await schoolAdmin.PageAsync($"{Path}?handler=Export&schoolId={other}", HttpStatusCode.Forbidden);
        var (expertName, expertPassword) = await admin.CreateUserAsync(null, "Reviewer");
        await (await site.Api().SignInAsync(expertName, expertPassword)).PageAsync(Path, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Api().GetAsync(Path)).StatusCode);
    }

    [Fact]
    public async Task Export_AdminAnySchool_WorkbookHoldsCountedHoursAndTotal()
    {
        var (admin, school, schoolAdmin) = await SchoolAsync();
        await schoolAdmin.PostFormAsync(Path, Load(school, "陈老师", "100", integrated: true));
        await schoolAdmin.PostFormAsync(Path, Load(school, "陈老师", "50", integrated: false));

        var response = await admin.GetAsync($"{Path}?handler=Export&schoolId={school}&term=2024-2025-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkloadSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var rows = SheetReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), new SheetLimits());
        Assert.Equal("折算课时（一体化 ×1.4）", rows[1][5].Text);
        Assert.Equal("陈老师", rows[2][1].Text);
        Assert.Equal("2024-2025-1", rows[2][2].Text);
        Assert.Equal(190d, rows[2][5].Number);
        Assert.Equal("合计", rows[3][1].Text);
        Assert.Equal(190d, rows[3][5].Number);
    }

    private static string Row(string teacher, string term, string integrated, string other, string counted) =>
        $"<tr><td class=\"nowrap\">{teacher}</td><td class=\"nowrap\">{term}</td><td><strong>{counted}</strong></td><td>{integrated}</td><td>{other}</td></tr>";

    [GeneratedRegex("class=\"[^\"]*input-validation-error")]
    private static partial Regex InvalidFields();
}

public sealed class WorkloadPageTests_Sqlite(SqliteSite site) : WorkloadPageTests(site), IClassFixture<SqliteSite>;

public sealed class WorkloadPageTests_PostgreSql(PostgreSqlSite site) : WorkloadPageTests(site), IClassFixture<PostgreSqlSite>;
