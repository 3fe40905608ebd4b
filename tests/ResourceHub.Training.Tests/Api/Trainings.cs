using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;

namespace ResourceHub.Training.Tests.Api;

/// <summary>The steps the 研修 tests repeat: a school with people, a published package, a programme.</summary>
internal static class Trainings
{
    public const string Region = "内蒙古自治区";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A new school of the region and one signed-in client per role asked for.</summary>
    public static async Task<(Guid School, ApiClient[] People)> SchoolAsync(SiteFixture site, ApiClient admin, params string[] roles)
    {
        var school = await admin.CreateSchoolAsync(region: Region);
        var people = new List<ApiClient>();
        foreach (var role in roles)
        {
            var (name, password) = await admin.CreateUserAsync(school, role);
            people.Add(await site.Api().SignInAsync(name, password));
        }
        return (school, people.ToArray());
    }

    /// <summary>A package of the author's school, published through review, holding these files.</summary>
    public static async Task<(Guid Package, List<Guid> Files)> PublishedAsync(SiteFixture site, ApiClient author, params (string Name, byte[] Bytes, string Type)[] files)
    {
        var package = await CreatePackageAsync(author, "研修资源");
        var ids = new List<Guid>();
        foreach (var (name, bytes, type) in files)
        {
            ids.Add((await author.UploadAsync(package, name, bytes, type))["id"]!.GetValue<Guid>());
        }
        await site.PublishAsync(author, package);
        return (package, ids);
    }

    public static async Task<Guid> CreatePackageAsync(ApiClient author, string title) =>
        (await ApiClient.ExpectAsync(await author.PostAsync("/api/v1/packages",
            new { title = Unique.Name(title), description = "研修用资源", specialtyCode = "0102", resourceType = "WorkPage", tags = Array.Empty<string>() }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    public static async Task<Guid> ProgrammeAsync(ApiClient organiser, int capacity = 10, DateOnly? start = null, DateOnly? end = null, Guid? schoolId = null)
    {
        var body = await ApiClient.ExpectAsync(await organiser.PostAsync("/api/v1/training/programmes", new
        {
            title = Unique.Name("数控加工一体化教学研修"), description = "学习已发布的工作页并完成学习任务设计", organiserKind = schoolId is null ? "Region" : "School",
            organiserId = schoolId, region = Region, specialtyCode = "0102", hours = 24, start = start ?? Today.AddDays(-1), end = end ?? Today.AddDays(30), capacity,
        }), HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> UnitAsync(this ApiClient organiser, Guid programme, object unit) =>
        (await ApiClient.ExpectAsync(await organiser.PostAsync($"/api/v1/training/programmes/{programme}/units", unit), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    public static Task<HttpResponseMessage> EnrolAsync(this ApiClient client, Guid programme, object? body = null) =>
        client.PostAsync($"/api/v1/training/programmes/{programme}/enrolments", body ?? new { });

    public static async Task<JsonNode> EnrolledAsync(this ApiClient client, Guid programme, object? body = null) =>
        await ApiClient.ExpectAsync(await client.EnrolAsync(programme, body), HttpStatusCode.Created);

    public static async Task<JsonNode> ReportAsync(this ApiClient client, Guid unit, object report) =>
        await ApiClient.ExpectAsync(await client.PostAsync($"/api/v1/training/units/{unit}/progress", report), HttpStatusCode.OK);

    public static async Task<JsonNode> ProgrammeViewAsync(this ApiClient client, Guid programme) =>
        await ApiClient.ExpectAsync(await client.GetAsync($"/api/v1/training/programmes/{programme}"), HttpStatusCode.OK);

    public static async Task<JsonNode> TargetsAsync(this ApiClient client) =>
        await ApiClient.ExpectAsync(await client.GetAsync($"/api/v1/targets?region={Uri.EscapeDataString(Region)}"), HttpStatusCode.OK);
}
