using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Training.Tests.Api;

public abstract class CompletionApiTests(SiteFixture site)
{
    [Fact]
    public async Task Completion_PdfSessionAndAssignment_IssuesACertificateAndCountsOnePersonTime()
    {
        var admin = await site.AdminAsync();
        await PhaseAroundTodayAsync(admin);
        var (_, authors) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var (published, files) = await Trainings.PublishedAsync(site, authors[0], ("工作页.pdf", SamplePdf.WithText("page one", "page two", "page three"), "application/pdf"));
        var programme = await Trainings.ProgrammeAsync(admin);
        var reading = await admin.UnitAsync(programme, new { kind = "Package", title = "阅读工作页", packageId = published });
        var session = await admin.UnitAsync(programme, new { kind = "Session", title = "开班直播", sessionAt = DateTimeOffset.UtcNow, place = "https://meeting.example.cn/1" });
        var task = await admin.UnitAsync(programme, new { kind = "Assignment", title = "设计一个学习任务", instructions = "按课程标准设计一个学习任务，上传工作页。" });
        var (school, people) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var teacher = people[0];
        var before = await admin.TargetsAsync();
        var enrolment = (await teacher.EnrolledAsync(programme))["id"]!.GetValue<Guid>();

        // Reading: every page up to the last; a page past it is bad input.
        for (var page = 1; page <= 3; page++)
        {
            var row = await teacher.ReportAsync(reading, new { fileId = files[0], page, pageCount = 3 });
            Assert.Equal(page == 3 ? "Done" : "Started", row["state"]!.GetValue<string>());
        }
        await ApiClient.ExpectProblemAsync(await teacher.PostAsync($"/api/v1/training/units/{reading}/progress", new { fileId = files[0], page = 4, pageCount = 3 }), HttpStatusCode.BadRequest);

        // The assignment: a draft package of the teacher's school, which needs a file before it can be handed in.
        var package = (await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/training/units/{task}/assignment", new { }), HttpStatusCode.OK))["packageId"]!.GetValue<Guid>();
        await ApiClient.ExpectProblemAsync(await teacher.PostAsync($"/api/v1/training/units/{task}/assignment/submit", new { packageId = package }), HttpStatusCode.Conflict);
        await teacher.UploadAsync(package, "学习任务设计.pdf", SamplePdf.WithText("learning task"), "application/pdf");
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/training/units/{task}/assignment/submit", new { packageId = package }), HttpStatusCode.OK);
        // The organiser may open it to mark it; the public may not (it is an unreviewed draft).
        await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{package}"), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/packages/{package}"), HttpStatusCode.NotFound);

        await ApiClient.ExpectProblemAsync(await admin.PostAsync($"/api/v1/training/enrolments/{enrolment}/units/{task}/mark", new { passed = false }), HttpStatusCode.BadRequest);
        await Mark(admin, enrolment, session);
        Assert.Equal("Enrolled", (await Enrolment(teacher, enrolment))["status"]!.GetValue<string>());
        await Mark(admin, enrolment, task);
        Assert.Equal("Completed", (await Enrolment(teacher, enrolment))["status"]!.GetValue<string>());

        var rows = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training/programmes/{programme}/participants"), HttpStatusCode.OK);
        var code = rows.AsArray().Single()!["certificateCode"]!.GetValue<string>();
        var certificate = await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/certificates/{code}"), HttpStatusCode.OK);
        Assert.Equal(["code", "holder", "programme", "hours", "issuedAt"], certificate.AsObject().Select(p => p.Key));
        Assert.Equal("测试用户", certificate["holder"]!.GetValue<string>());
        Assert.Equal(24m, certificate["hours"]!.GetValue<decimal>());
        var pdf = await site.Api().Http.GetAsync($"/api/v1/certificates/{code}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        // A real PDF whose text (in an embedded Chinese face) names the holder and the code.
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            // Skia's ToUnicode names a glyph that the face shares with a Kangxi radical by the radical
            // (⽤ for 用, ⼾ for 户): the page shows the right character, copied text may differ there.
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("结业证书", text);
            Assert.Contains("测试", text);
            Assert.Contains(code, text);
        }

        var after = await admin.TargetsAsync();
        Assert.Equal(before["actual"]!["teachers"]!.GetValue<int>() + 1, after["actual"]!["teachers"]!.GetValue<int>());
        Assert.Equal(PhaseTeachers(before) + 1, PhaseTeachers(after));
        var records = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training-records?schoolId={school}"), HttpStatusCode.OK);
        Assert.Single(records.AsArray());
        Assert.Equal(24m, records[0]!["hours"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Completion_OfATrainingAlreadyImported_AddsNoSecondRecord()
    {
        var admin = await site.AdminAsync();
        var programme = await Trainings.ProgrammeAsync(admin);
        var title = (await admin.ProgrammeViewAsync(programme))["programme"]!["title"]!.GetValue<string>();
        var session = await admin.UnitAsync(programme, new { kind = "Session", title = "面授", sessionAt = DateTimeOffset.UtcNow, place = "包头技师学院实训楼" });
        var (school, people) = await Trainings.SchoolAsync(site, admin, "Teacher");
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/training-records", new
        {
            teacherName = "测试用户", schoolId = school, courseName = title, hours = 24, date = Trainings.Today, trainingBase = Trainings.Region,
        }), HttpStatusCode.Created);
        var before = await admin.TargetsAsync();
        var enrolment = (await people[0].EnrolledAsync(programme))["id"]!.GetValue<Guid>();
        await Mark(admin, enrolment, session);

        Assert.Equal("Completed", (await Enrolment(people[0], enrolment))["status"]!.GetValue<string>());
        Assert.Single((await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training-records?schoolId={school}"), HttpStatusCode.OK)).AsArray());
        Assert.Equal(before["actual"]!["teachers"]!.GetValue<int>(), (await admin.TargetsAsync())["actual"]!["teachers"]!.GetValue<int>());
    }

    [Fact]
    public async Task Video_ReportedFasterThanItCanPlay_IsNotWatchedYet()
    {
        var admin = await site.AdminAsync();
        var (_, authors) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var (package, files) = await Trainings.PublishedAsync(site, authors[0], ("示范.webm", await SampleVideo.WebmAsync(3), "video/webm"));
        var programme = await Trainings.ProgrammeAsync(admin);
        var unit = await admin.UnitAsync(programme, new { kind = "Package", title = "观看示范视频", packageId = package });
        var (_, people) = await Trainings.SchoolAsync(site, admin, "Teacher");
        await people[0].EnrolledAsync(programme);

        var first = await people[0].ReportAsync(unit, new { fileId = files[0], watchedSeconds = 3, duration = 3 });
        Assert.Equal("Started", first["state"]!.GetValue<string>());
        Assert.True(first["secondsWatched"]!.GetValue<double>() < 2.7);
        await Task.Delay(1500);
        var later = await people[0].ReportAsync(unit, new { fileId = files[0], watchedSeconds = 3, duration = 3 });
        Assert.Equal("Done", later["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Certificate_UnknownCode_Returns404Problem()
    {
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync("/api/v1/certificates/NOSUCHCODE23"), HttpStatusCode.NotFound);
        var page = await site.Api().Http.GetAsync("/certificates/NOSUCHCODE23");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("没有验证码为", await page.Content.ReadAsStringAsync());
    }

    private static async Task Mark(ApiClient organiser, Guid enrolment, Guid unit) =>
        await ApiClient.ExpectAsync(await organiser.PostAsync($"/api/v1/training/enrolments/{enrolment}/units/{unit}/mark", new { passed = true, comment = "合格" }), HttpStatusCode.OK);

    private static async Task<JsonNode> Enrolment(ApiClient client, Guid id) =>
        await ApiClient.ExpectAsync(await client.GetAsync($"/api/v1/training/enrolments/{id}"), HttpStatusCode.OK);

    /// <summary>A phase of the region that holds today, so a completion today falls in it.</summary>
    private static async Task PhaseAroundTodayAsync(ApiClient admin) =>
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/targets/phases", new
        {
            region = Trainings.Region, number = 9, name = "研修测试阶段", start = Trainings.Today.AddDays(-30), end = Trainings.Today.AddDays(30), teachers = 200,
        }), HttpStatusCode.OK);

    private static int PhaseTeachers(JsonNode targets) =>
        targets["phases"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "研修测试阶段")!["actual"]!["teachers"]!.GetValue<int>();
}

public sealed class CompletionApiTests_Sqlite(SqliteSite site) : CompletionApiTests(site), IClassFixture<SqliteSite>;

public sealed class CompletionApiTests_PostgreSql(PostgreSqlSite site) : CompletionApiTests(site), IClassFixture<PostgreSqlSite>;
