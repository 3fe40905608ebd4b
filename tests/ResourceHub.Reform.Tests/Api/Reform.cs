using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ResourceHub.Reform.Services;
using ResourceHub.Testing;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>The steps the reform tests repeat: batches, applications, figures, training sheets.</summary>
internal static class Reform
{
    /// <summary>A batch that opened in May 2022 (national phase 1) and still takes applications.</summary>
    public static async Task<Guid> CreateBatchAsync(this ApiClient admin, string? region, string opens = "2022-05-01", string closes = "2099-12-31")
    {
        var body = await ApiClient.ExpectAsync(
            await admin.PostAsync("/api/v1/batches", new { name = Unique.Name("第一批"), region, opens, closes }),
            HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }

    public static Task<HttpResponseMessage> ApplyAsync(this ApiClient client, Guid batchId, Guid schoolId, string specialtyCode) =>
        client.PostAsync("/api/v1/applications", new { batchId, schoolId, specialtyCode, reason = "具备一体化教学场地和师资" });

    public static async Task<Guid> AppliedAsync(this ApiClient client, Guid batchId, Guid schoolId, string specialtyCode) =>
        (await ApiClient.ExpectAsync(await client.ApplyAsync(batchId, schoolId, specialtyCode), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    public static async Task ApproveAsync(this ApiClient admin, Guid applicationId) =>
        await ApiClient.ExpectAsync(await admin.PostAsync($"/api/v1/applications/{applicationId}/decision", new { approve = true }), HttpStatusCode.OK);

    public static async Task<JsonNode> TargetsAsync(this ApiClient client, string? region = null) =>
        await ApiClient.ExpectAsync(
            await client.GetAsync(region is null ? "/api/v1/targets" : $"/api/v1/targets?region={Uri.EscapeDataString(region)}"),
            HttpStatusCode.OK);

    /// <summary>A signed-in client for a new user with these roles (of this school, or of none).</summary>
    public static async Task<ApiClient> UserAsync(this ApiClient admin, SiteFixture site, Guid? school, params string[] roles)
    {
        var (name, password) = await admin.CreateUserAsync(school, roles);
        return await site.Api().SignInAsync(name, password);
    }

    /// <summary>A RegionAdmin of <paramref name="region"/>, signed in.</summary>
    public static async Task<ApiClient> RegionAdminAsync(this ApiClient admin, SiteFixture site, string region)
    {
        var userName = Unique.Name("region");
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/users",
            new { userName, password = "Passw0rd-123", displayName = $"{region}人社厅", roles = new[] { "RegionAdmin" }, region }), HttpStatusCode.Created);
        return await site.Api().SignInAsync(userName, "Passw0rd-123");
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await ApiClient.ExpectAsync(response, HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    public static int Actual(this JsonNode targets, string figure) => targets["actual"]![figure]!.GetValue<int>();

    public static async Task<string> CreateSpecialtyAsync(this ApiClient admin)
    {
        var code = "R" + Guid.NewGuid().ToString("N")[..8];
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/specialties", new { code, name = Unique.Name("一体化专业") }), HttpStatusCode.Created);
        return code;
    }

    /// <summary>An .xlsx with the import columns and these rows (cells as given: text, numbers, dates).</summary>
    public static byte[] Sheet(params object?[][] rows) => SheetWith([], rows);

    /// <summary>The same, with optional columns after the required ones.</summary>
    public static byte[] SheetWith(string[] extra, params object?[][] rows) =>
        SheetWriter.Write(new SheetWriter.Sheet("培训记录", rows.Prepend(["教师姓名", "学校", "课程", "学时", "培训日期", "培训基地", .. extra])));

    public static Task<HttpResponseMessage> ImportAsync(this ApiClient client, byte[] sheet, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(sheet);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "培训记录.xlsx");
        return client.Http.PostAsync($"/api/v1/training-records/import?dryRun={(dryRun ? "true" : "false")}", content);
    }
}
