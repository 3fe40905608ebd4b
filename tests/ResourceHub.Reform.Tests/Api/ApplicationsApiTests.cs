using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

public abstract class ApplicationsApiTests(SiteFixture site)
{
    private static readonly string[] Codes = ["0101", "0102", "0103", "0104", "0105"];

    [Fact]
    public async Task Apply_TechnicianCollegeInInnerMongolia_FourthInBatchRefused409()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicianCollege", region: "内蒙古自治区");
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var batch = await admin.CreateBatchAsync("内蒙古自治区");

        for (var i = 0; i < 3; i++)
        {
            await schoolAdmin.AppliedAsync(batch, school, Codes[i]);
        }
        var problem = await ApiClient.ExpectProblemAsync(await schoolAdmin.ApplyAsync(batch, school, Codes[3]), HttpStatusCode.Conflict);
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains("技师学院", detail);
        Assert.Contains("3", detail);

        var listed = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/applications?batchId={batch}&schoolId={school}"), HttpStatusCode.OK);
        Assert.Equal(3, listed.AsArray().Count);
    }

    [Theory]
    [InlineData("2022-05-01", "2022-08-31", "已经截止")]
    [InlineData("2098-01-01", "2098-12-31", "尚未开始")]
    public async Task Apply_OutsideTheBatchWindow_Refused409WithReason(string opens, string closes, string reason)
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: "内蒙古自治区");
        var batch = await admin.CreateBatchAsync("内蒙古自治区", opens, closes);
        var problem = await ApiClient.ExpectProblemAsync(await admin.ApplyAsync(batch, school, Codes[0]), HttpStatusCode.Conflict);
        Assert.Contains(reason, problem["detail"]!.GetValue<string>());
        Assert.Contains(opens, problem["detail"]!.GetValue<string>());
        Assert.Empty((await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/applications?batchId={batch}"), HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task CloseBatch_AfterEveryDecision_RefusesFurtherApplications_DeciderSeesReasonAndAttachments()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(region: "内蒙古自治区");
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        var application = await schoolAdmin.AppliedAsync(batch, school, Codes[0]);
        await ApiClient.ExpectAsync(await schoolAdmin.Http.PostAsync($"/api/v1/applications/{application}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent("师资与场地情况"u8.ToArray()), "file", "申报书.txt" } }), HttpStatusCode.Created);

        var region = await admin.RegionAdminAsync(site, "内蒙古自治区");
        var detail = await ApiClient.ExpectAsync(await region.GetAsync($"/api/v1/applications/{application}"), HttpStatusCode.OK);
        Assert.Equal("具备一体化教学场地和师资", detail["application"]!["reason"]!.GetValue<string>());
        var file = detail["attachments"]!.AsArray().Single()!;
        Assert.Equal("申报书.txt", file["name"]!.GetValue<string>());
        Assert.Equal("师资与场地情况", await (await region.GetAsync(file["href"]!.GetValue<string>())).Content.ReadAsStringAsync());

        var early = await ApiClient.ExpectProblemAsync(await region.PostAsync($"/api/v1/batches/{batch}/close", new { assessment = "按期完成" }), HttpStatusCode.Conflict);
        Assert.Contains("未审批", early["detail"]!.GetValue<string>());
        await ApiClient.ExpectAsync(await region.PostAsync($"/api/v1/applications/{application}/decision", new { approve = true }), HttpStatusCode.OK);
        var closed = await ApiClient.ExpectAsync(await region.PostAsync($"/api/v1/batches/{batch}/close", new { assessment = "按期完成，专业建设达到要求。" }), HttpStatusCode.OK);
        Assert.Equal("按期完成，专业建设达到要求。", closed["assessment"]!.GetValue<string>());
        var refused = await ApiClient.ExpectProblemAsync(await schoolAdmin.ApplyAsync(batch, school, Codes[1]), HttpStatusCode.Conflict);
        Assert.Contains("已考核结束", refused["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_SixAtOnceForTechnicianCollege_OnlyThreeAccepted()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicianCollege", region: "内蒙古自治区");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        var codes = new[] { "0101", "0102", "0103", "0104", "0105", "0106" };
        var responses = await Task.WhenAll(codes.Select(c => admin.ApplyAsync(batch, school, c)));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Apply_AfterRejection_PlaceIsFreedAgain()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicalSchool", region: "内蒙古自治区");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        var first = await admin.AppliedAsync(batch, school, Codes[0]);
        await admin.AppliedAsync(batch, school, Codes[1]);
        await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/applications/{first}/decision", new { approve = false, comment = "场地不足" }), HttpStatusCode.OK);
        await admin.AppliedAsync(batch, school, Codes[2]);
    }

    [Fact]
    public async Task Apply_TechnicalSchoolInInnerMongolia_ThirdInBatchRefused409()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicalSchool", region: "内蒙古自治区");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        await admin.AppliedAsync(batch, school, Codes[0]);
        await admin.AppliedAsync(batch, school, Codes[1]);
        var problem = await ApiClient.ExpectProblemAsync(await admin.ApplyAsync(batch, school, Codes[2]), HttpStatusCode.Conflict);
        Assert.Contains("2", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_SameSchoolNextBatch_StartsAgain()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicalSchool", region: "内蒙古自治区");
        var first = await admin.CreateBatchAsync("内蒙古自治区");
        await admin.AppliedAsync(first, school, Codes[0]);
        await admin.AppliedAsync(first, school, Codes[1]);
        var second = await admin.CreateBatchAsync("内蒙古自治区");
        await admin.AppliedAsync(second, school, Codes[2]);
    }

    [Fact]
    public async Task Apply_OtherRegion_NationalDefaultHasNoLimit()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicalSchool", region: "山东省");
        var batch = await admin.CreateBatchAsync(null);
        foreach (var code in Codes)
        {
            await admin.AppliedAsync(batch, school, code);
        }
    }

    [Fact]
    public async Task Apply_SchoolOutsideBatchRegion_Returns400()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync(kind: "TechnicalSchool", region: "山东省");
        var batch = await admin.CreateBatchAsync("内蒙古自治区");
        var body = await ApiClient.ExpectProblemAsync(await admin.ApplyAsync(batch, school, Codes[0]), HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]?["batchId"]);
    }

    [Fact]
    public async Task Apply_ForAnotherSchool_Returns403()
    {
        var admin = await site.AdminAsync();
        var own = await admin.CreateSchoolAsync();
        var other = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(own, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var batch = await admin.CreateBatchAsync(null);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.ApplyAsync(batch, other, Codes[0]), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_BySchoolAdmin_Returns403()
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var schoolAdmin = await site.Api().SignInAsync(name, password);
        var application = await schoolAdmin.AppliedAsync(await admin.CreateBatchAsync(null), school, Codes[0]);
        await ApiClient.ExpectProblemAsync(await schoolAdmin.PostAsync($"/api/v1/applications/{application}/decision", new { approve = true }), HttpStatusCode.Forbidden);
    }
}

public sealed class ApplicationsApiTests_Sqlite(SqliteSite site) : ApplicationsApiTests(site), IClassFixture<SqliteSite>;

public sealed class ApplicationsApiTests_PostgreSql(PostgreSqlSite site) : ApplicationsApiTests(site), IClassFixture<PostgreSqlSite>;
