using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Reform.Services;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>
/// 督导 reports: every figure equals what the test itself put in the region (counted here, not
/// read back from the site), in the JSON, in the workbook and on the page with links to its rows.
/// </summary>
public abstract class ReportsApiTests(SiteFixture site)
{
    private const string Region = "贵州省";

    [Fact]
    public async Task RegionReport_FiguresEqualWhatTheTestCreated_InJsonWorkbookAndPage()
    {
        var admin = await site.AdminAsync();
        var schoolName = Unique.Name("贵州技师学院");
        var school = await admin.CreateSchoolAsync(schoolName, region: Region);
        var quiet = await admin.CreateSchoolAsync(region: Region);
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        var teacher = await admin.UserAsync(site, school, "Teacher");

        // Packages: two textbook drafts, a courseware draft, and a work page through its school review.
        var drafts = new[] { ("Textbook", 2), ("Courseware", 1) };
        foreach (var (type, count) in drafts)
        {
            for (var i = 0; i < count; i++)
            {
                await PackageAsync(teacher, type);
            }
        }
        await site.PublishAsync(teacher, await PackageAsync(teacher, "WorkPage"));

        // Training: three attendances of two teachers; class hours under a regional multiplier of 1.2.
        object[] training = [("吴老师", "一体化课程设计", "2022-06-01", 24m), ("吴老师", "工作页编写", "2024-03-01", 16m), ("郑老师", "一体化课程设计", "2022-06-01", 24m)];
        foreach (var (name, course, date, hours) in training.Cast<(string, string, string, decimal)>())
        {
            await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/training-records",
                new { teacherName = name, courseName = course, date, hours, trainingBase = "贵州省一体化师资研修基地" }), HttpStatusCode.Created);
        }
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/regional-rules", new { region = Region, integratedHoursMultiplier = 1.2m }), HttpStatusCode.OK);
        foreach (var (hours, integrated) in new[] { (100m, true), (50m, false) })
        {
            await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/teaching-loads",
                new { teacherName = "吴老师", courseName = "课程", hours, integrated, term = "2024-2025-1" }), HttpStatusCode.Created);
        }
        await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/reform-teachers", World.TeacherBody(school)), HttpStatusCode.Created);
        await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/reform-teachers",
            new { kind = "Enterprise", name = "钱工程师", specialtyCode = "0401", enterprise = "贵阳汽车维修公司", from = "2024-01-01" }), HttpStatusCode.Created);

        // Applications: two, one approved (the batch opened in May 2022: national phase 1); a nomination.
        var batch = await admin.CreateBatchAsync(Region);
        var approved = await Reform.IdOfAsync(await schoolAdmin.ApplyAsync(batch, school, await admin.CreateSpecialtyAsync()));
        await Reform.IdOfAsync(await schoolAdmin.ApplyAsync(batch, school, await admin.CreateSpecialtyAsync()));
        await admin.ApproveAsync(approved);
        await Reform.IdOfAsync(await schoolAdmin.PostAsync("/api/v1/nominations", new { kind = "FineCourse", title = Unique.Name("精品课程"), specialtyCode = "0401" }));

        var expected = new Dictionary<string, decimal>
        {
            ["packages.Textbook.Draft"] = 2, ["packages.Courseware.Draft"] = 1, ["packages.WorkPage.Published"] = 1, ["packages.Video.Draft"] = 0,
            ["reviews.School.decided"] = 1, ["reviews.School.pending"] = 0,
            ["people.training.attendances"] = 3, ["people.training.persons"] = 2, ["people.training.hours"] = 64,
            ["people.hours.integrated"] = 100, ["people.hours.other"] = 50, ["people.hours.counted"] = 100 * 1.2m + 50,
            ["people.teachers.Senior"] = 1, ["people.teachers.Enterprise"] = 1, ["people.teachers.Junior"] = 0,
            ["progress.phase1.specialties"] = 1, ["progress.phase1.schools"] = 1, ["progress.phase1.trainings"] = 2, ["progress.phase2.trainings"] = 1,
            ["progress.phase3.specialties"] = 1, ["progress.phase3.specialties.target"] = 100, ["progress.phase3.schools.target"] = 1000,
            ["progress.applications.Approved"] = 1, ["progress.applications.Pending"] = 1,
            ["evaluations.FineCourse.nominated"] = 1, ["evaluations.FineCourse.published"] = 0,
        };
        var report = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/reports/region?region={Uri.EscapeDataString(Region)}"), HttpStatusCode.OK);
        var figures = Figures(report);
        foreach (var (key, value) in expected)
        {
            Assert.True(figures.TryGetValue(key, out var f), $"the report has {key}");
            Assert.True(value == f["value"]!.GetValue<decimal>(), $"{key}: expected {value}, reported {f["value"]}");
        }

        // Each figure links to exactly the rows it counts.
        var rows = await ApiClient.ExpectAsync(await admin.GetAsync(figures["people.training.attendances"]["rowsHref"]!.GetValue<string>()), HttpStatusCode.OK);
        Assert.Equal(3, rows["rows"]!.AsArray().Count);
        Assert.All(rows["rows"]!.AsArray(), r => Assert.Equal(schoolName, r!["school"]!.GetValue<string>()));

        // The school report covers one school; the quiet one has nothing.
        var quietReport = Figures(await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/reports/schools/{quiet}"), HttpStatusCode.OK));
        Assert.Equal(0, quietReport["people.training.attendances"]["value"]!.GetValue<decimal>());
        Assert.Equal(0, quietReport["packages.Textbook.Draft"]["value"]!.GetValue<decimal>());
        Assert.Equal(3, Figures(await ApiClient.ExpectAsync(await schoolAdmin.GetAsync($"/api/v1/reports/schools/{school}"), HttpStatusCode.OK))["people.training.attendances"]["value"]!.GetValue<decimal>());
        await ApiClient.ExpectProblemAsync(await schoolAdmin.GetAsync($"/api/v1/reports/schools/{quiet}"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await teacher.GetAsync($"/api/v1/reports/schools/{school}"), HttpStatusCode.Forbidden);

        // The workbook carries the same figures.
        var xlsx = await admin.GetAsync($"/api/v1/reports/region?region={Uri.EscapeDataString(Region)}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var sheet = SheetReader.Read(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), new ResourceHub.Reform.Services.SheetLimits());
        var line = sheet.Values.Single(r => r.GetValueOrDefault(2)?.Text == "师资培训" && r.GetValueOrDefault(3)?.Text == "培训人次");
        Assert.Equal(3, line[4].Number);

        // The page draws each figure as an SVG bar linking to its rows, without outside scripts.
        var page = await admin.PageAsync($"/reform/reports?region={Uri.EscapeDataString(Region)}&figure=people.training.persons");
        Assert.Contains("<svg", page);
        Assert.Contains("figure=people.training.attendances#rows", page);
        Assert.DoesNotContain("<script src=\"http", page);
        Assert.Contains("培训人数：2 人（2 行）", page);
    }

    private static Dictionary<string, JsonNode> Figures(JsonNode report) =>
        report["sections"]!.AsArray().SelectMany(s => s!["figures"]!.AsArray().Select(f => ($"{s["key"]}.{f!["key"]}", f!))).ToDictionary(x => x.Item1, x => x.Item2);

    private static async Task<Guid> PackageAsync(ApiClient author, string resourceType) =>
        await Reform.IdOfAsync(await author.PostAsync("/api/v1/packages",
            new { title = Unique.Name("资源包"), description = "说明", specialtyCode = "0401", resourceType, textbookForm = resourceType == "Textbook" ? "LooseLeaf" : null, tags = Array.Empty<string>() }));
}

public sealed class ReportsApiTests_Sqlite(SqliteSite site) : ReportsApiTests(site), IClassFixture<SqliteSite>;

public sealed class ReportsApiTests_PostgreSql(PostgreSqlSite site) : ReportsApiTests(site), IClassFixture<PostgreSqlSite>;
