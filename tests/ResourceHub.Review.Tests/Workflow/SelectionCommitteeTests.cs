using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Review.Tests.Fixtures.ReviewWorld;

namespace ResourceHub.Review.Tests.Workflow;

/// <summary>
/// 凡选必审 by the right people: the choosing school's textbook committee (its Reviewers who did
/// not ask), an assigned expert where the region says so, never the textbook's own school; the
/// request carries its context and whether the textbook is in the national catalogue.
/// </summary>
public abstract class SelectionCommitteeTests(SiteFixture site)
{
    [Fact]
    public async Task ChoosingSchoolsCommitteeDecides_TextbooksSchoolCannot_ContextCarried()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var reviewerC = await w.UserAsync(await w.Admin.CreateSchoolAsync(), "Reviewer");
        var created = await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new
        {
            packageId = id, courseName = "数控车床零件加工", learningTask = "阶梯轴的数控车削加工", term = "2026-2027学年第一学期",
            students = 45, reason = "依据全国技工教育规划教材目录，与本校课程标准一致。",
        }), HttpStatusCode.Created);
        Assert.Equal("阶梯轴的数控车削加工", created["learningTask"]!.GetValue<string>());
        Assert.Equal(45, created["students"]!.GetValue<int>());
        Assert.False(created["inCatalogue"]!.GetValue<bool>());

        foreach (var outsider in new[] { w.ReviewerA, w.SchoolAdminA, reviewerC })
        {
            Assert.False(await HasQueuedAsync(outsider, id));
        }
        var review = await QueuedReviewAsync(w.ReviewerB, id);
        var reviewId = review["id"]!.GetValue<Guid>();
        // The outside expert assigned beside the committee has it too, until the committee decides first.
        Assert.Equal(reviewId, (await QueuedReviewAsync(w.Expert, id))["id"]!.GetValue<Guid>());
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.ReviewerA, reviewId, "Approve", "本校教材，同意"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await DecideAsync(reviewerC, reviewId, "Approve", "同意"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerB, reviewId, "Approve", "教材委员会同意选用。"), HttpStatusCode.OK);
        Assert.False(await HasQueuedAsync(w.Expert, id));
        await ApiClient.ExpectProblemAsync(await DecideAsync(w.Expert, reviewId, "Approve", "同意"), HttpStatusCode.Forbidden);
        var textbooks = (await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/schools/{w.SchoolB}/textbooks"), HttpStatusCode.OK)).AsArray();
        Assert.Equal("数控车床零件加工", Assert.Single(textbooks)!["courseName"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegionRule_CommitteeThenAssignedExpert_OwnTextbookOnlyByExpert()
    {
        await ApiClient.ExpectAsync(await (await site.AdminAsync()).PutAsync("/api/v1/review-policies", new
        {
            region = "甘肃省", resourceType = "Textbook", expertApprovals = 1, selectionNeedsExpert = true,
        }), HttpStatusCode.OK);
        var w = await ReviewWorld.CreateAsync(site, region: "甘肃省");
        var id = await w.PublishedTextbookAsync();
        var selection = (await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控编程", reason = "试用" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ApproveAsync(w.ReviewerB, id);
        Assert.Equal("InReview", (await ApiClient.ExpectAsync(await w.TeacherB.GetAsync($"/api/v1/selections/{selection}"), HttpStatusCode.OK))["status"]!.GetValue<string>());
        var expertStage = await QueuedReviewAsync(w.Expert, id);
        Assert.Equal("Selection", expertStage["kind"]!.GetValue<string>());
        Assert.Equal("Expert", expertStage["stage"]!.GetValue<string>());
        await ApproveAsync(w.Expert, id);
        Assert.Equal("Approved", (await ApiClient.ExpectAsync(await w.TeacherB.GetAsync($"/api/v1/selections/{selection}"), HttpStatusCode.OK))["status"]!.GetValue<string>());

        // The textbook's own school choosing it: its committee is conflicted, only an assigned expert decides.
        await ApiClient.ExpectAsync(await w.TeacherA.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控编程", reason = "本校自用" }), HttpStatusCode.Created);
        Assert.False(await HasQueuedAsync(w.ReviewerA, id));
        Assert.Equal("Expert", (await QueuedReviewAsync(w.Expert, id))["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task OutsideExpert_DecidesSelectionBeforeCommittee_SelectionApproved()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var selection = (await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控车削", reason = "选用" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var review = await QueuedReviewAsync(w.Expert, id);
        Assert.Equal("Selection", review["kind"]!.GetValue<string>());
        await ApiClient.ExpectAsync(await DecideAsync(w.Expert, review["id"]!.GetValue<Guid>(), "Approve", "同意选用"), HttpStatusCode.OK);
        Assert.Equal("Approved", (await ApiClient.ExpectAsync(await w.TeacherB.GetAsync($"/api/v1/selections/{selection}"), HttpStatusCode.OK))["status"]!.GetValue<string>());
        Assert.False(await HasQueuedAsync(w.ReviewerB, id));
    }

    [Fact]
    public async Task Catalogue_ImportedFromExcel_SelectionShowsItIsListed()
    {
        var w = await ReviewWorld.CreateAsync(site);
        var id = await w.PublishedTextbookAsync();
        var title = (await PackageAsync(w.TeacherB, id))["title"]!.GetValue<string>();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Workbook(["书号", "教材名称", "专业", "主编", "出版社", "批次"],
            ["978-7-5167-0001-1", title, "数控加工", "张主编", "中国劳动社会保障出版社", "2024年"],
            ["978-7-5167-0002-8", "电工基础（第六版）", "电气自动化设备安装与维修", "李主编", "中国劳动社会保障出版社", "2024年"]));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "全国技工教育规划教材目录.xlsx");
        var imported = await ApiClient.ExpectAsync(await w.Admin.Http.PostAsync("/api/v1/textbook-catalogue/import", form), HttpStatusCode.OK);
        Assert.Equal(2, imported["added"]!.GetValue<int>());
        using var notExcel = new MultipartFormDataContent { { new ByteArrayContent("不是表格"u8.ToArray()), "file", "x.xlsx" } };
        await ApiClient.ExpectProblemAsync(await w.Admin.Http.PostAsync("/api/v1/textbook-catalogue/import", notExcel), HttpStatusCode.BadRequest);
        var listed = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/textbook-catalogue?q=电工基础"), HttpStatusCode.OK);
        Assert.Equal("978-7-5167-0002-8", Assert.Single(listed.AsArray())!["code"]!.GetValue<string>());

        var created = await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { packageId = id, courseName = "数控编程", reason = "目录内教材" }), HttpStatusCode.Created);
        Assert.True(created["inCatalogue"]!.GetValue<bool>());

        // A catalogue textbook this site does not hold: named by its entry, reviewed by the committee on the catalogue's facts.
        var entry = Assert.Single(listed.AsArray())!["id"]!.GetValue<Guid>();
        await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { courseName = "电工基础", reason = "目录内教材" }), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await w.TeacherB.PostAsync("/api/v1/selections", new { catalogueEntryId = Guid.NewGuid(), courseName = "电工基础", reason = "目录内教材" }), HttpStatusCode.BadRequest);
        var offSite = await ApiClient.ExpectAsync(await w.TeacherB.PostAsync("/api/v1/selections", new
        {
            catalogueEntryId = entry, courseName = "电工基础", term = "2026-2027学年第一学期", reason = "本站尚无该教材，依据规划教材目录选用。",
        }), HttpStatusCode.Created);
        Assert.Null(offSite["packageId"]);
        Assert.True(offSite["inCatalogue"]!.GetValue<bool>());
        var queue = await ApiClient.ExpectAsync(await w.ReviewerB.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
        var review = queue.AsArray().Single(r => r!["selectionId"]?.GetValue<Guid>() == offSite["id"]!.GetValue<Guid>())!;
        Assert.Equal("电工基础（第六版）", review["packageTitle"]!.GetValue<string>());
        var page = await w.ReviewerB.PageAsync($"/review/{review["id"]}");
        Assert.Contains("本站尚未收录", page);
        Assert.Contains("978-7-5167-0002-8", page);
        await ApiClient.ExpectAsync(await DecideAsync(w.ReviewerB, review["id"]!.GetValue<Guid>(), "Approve", "同意选用目录教材。"), HttpStatusCode.OK);
        Assert.Equal("Approved", (await ApiClient.ExpectAsync(await w.TeacherB.GetAsync($"/api/v1/selections/{offSite["id"]}"), HttpStatusCode.OK))["status"]!.GetValue<string>());
        var textbooks = (await ApiClient.ExpectAsync(await site.Api().GetAsync($"/api/v1/schools/{w.SchoolB}/textbooks"), HttpStatusCode.OK)).AsArray();
        var listedBook = Assert.Single(textbooks, t => t!["courseName"]!.GetValue<string>() == "电工基础")!;
        Assert.Equal("电工基础（第六版）", listedBook["title"]!.GetValue<string>());
        Assert.Null(listedBook["packageId"]);
    }

    private static byte[] Workbook(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select((v, i) => new Cell
                {
                    CellReference = $"{(char)('A' + i)}{data.ChildElements.Count + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(v)),
                })));
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "目录" }));
        }
        return stream.ToArray();
    }
}

public sealed class SqliteSelectionCommitteeTests(SqliteSite site) : SelectionCommitteeTests(site), IClassFixture<SqliteSite>;

public sealed class PostgreSqlSelectionCommitteeTests(PostgreSqlSite site) : SelectionCommitteeTests(site), IClassFixture<PostgreSqlSite>;
