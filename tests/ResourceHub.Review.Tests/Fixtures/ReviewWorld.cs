using System.Net;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Review.Tests.Fixtures;

/// <summary>
/// Two schools of one region with a teacher, a school admin and a reviewer each, and an outside
/// expert of no school: everyone a review story needs, signed in through the API.
/// </summary>
public sealed class ReviewWorld
{
    public required SiteFixture Site { get; init; }
    public required ApiClient Admin { get; init; }
    public Guid SchoolA { get; private init; }
    public Guid SchoolB { get; private init; }
    public required ApiClient TeacherA { get; init; }
    public required ApiClient SchoolAdminA { get; init; }
    public required ApiClient ReviewerA { get; init; }
    public required ApiClient TeacherB { get; init; }
    public required ApiClient ReviewerB { get; init; }
    public required ApiClient Expert { get; init; }

    public static async Task<ReviewWorld> CreateAsync(SiteFixture site, string region = "内蒙古自治区")
    {
        var admin = await site.AdminAsync();
        var a = await admin.CreateSchoolAsync(region: region);
        // Tests of a class share a site: each world's expert is the only active one in the pool, so assignments are foreseeable.
        await SuspendAllExpertsAsync(admin);
        var b = await admin.CreateSchoolAsync(region: region);
        async Task<ApiClient> User(Guid? school, params string[] roles)
        {
            var (name, password) = await admin.CreateUserAsync(school, roles);
            return await site.Api().SignInAsync(name, password);
        }
        return new ReviewWorld
        {
            Site = site,
            Admin = admin,
            SchoolA = a,
            SchoolB = b,
            TeacherA = await User(a, "Teacher"),
            SchoolAdminA = await User(a, "SchoolAdmin"),
            ReviewerA = await User(a, "Reviewer"),
            TeacherB = await User(b, "Teacher"),
            ReviewerB = await User(b, "Reviewer"),
            Expert = await AppointedAsync(site, admin),
        };
    }

    /// <summary>A new user of no school, appointed to the pool for 专业大类 01 (machining), signed in.</summary>
    public static async Task<ApiClient> AppointedAsync(SiteFixture site, ApiClient admin, Guid? school = null, string specialty = "01")
    {
        var (_, name, password) = await admin.AppointExpertAsync(school, specialty);
        return await site.Api().SignInAsync(name, password);
    }

    public Task<ApiClient> AppointedAsync(Guid? school = null, string specialty = "01") => AppointedAsync(Site, Admin, school, specialty);

    public static async Task SuspendAllExpertsAsync(ApiClient admin)
    {
        var pool = await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/experts"), HttpStatusCode.OK);
        foreach (var e in pool.AsArray().Where(e => e!["active"]!.GetValue<bool>()))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/experts/{e!["id"]}/suspend", new { reason = "测试隔离" })).StatusCode);
        }
    }

    public async Task<ApiClient> UserAsync(Guid? school, params string[] roles)
    {
        var (name, password) = await Admin.CreateUserAsync(school, roles);
        return await Site.Api().SignInAsync(name, password);
    }

    public static async Task<Guid> CreatePackageAsync(ApiClient author, string resourceType = "Textbook", string? title = null)
    {
        var body = await ApiClient.ExpectAsync(await author.PostAsync("/api/v1/packages", new
        {
            title = title ?? Unique.Name("数控车削加工教材"),
            description = "工学一体化活页式教材",
            specialtyCode = "0102",
            resourceType,
            tags = new[] { "数控" },
        }), HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }

    /// <summary>A package with one file, submitted: in review at the school stage.</summary>
    public async Task<Guid> SubmittedPackageAsync(ApiClient author, string resourceType = "Textbook")
    {
        var id = await CreatePackageAsync(author, resourceType);
        await PackageFiles.AddAsync(Site, author, id, "第一版正文 " + Guid.NewGuid());
        await ApiClient.ExpectAsync(await author.PostAsync($"/api/v1/packages/{id}/submit", new { }), HttpStatusCode.OK);
        return id;
    }

    /// <summary>The one open review of the package in this reviewer's queue (fails if none).</summary>
    public static async Task<JsonNode> QueuedReviewAsync(ApiClient reviewer, Guid packageId)
    {
        var queue = await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
        return queue.AsArray().Single(r => r!["packageId"]!.GetValue<Guid>() == packageId)!;
    }

    public static async Task<bool> HasQueuedAsync(ApiClient reviewer, Guid packageId)
    {
        var queue = await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
        return queue.AsArray().Any(r => r!["packageId"]!.GetValue<Guid>() == packageId);
    }

    public static Task<HttpResponseMessage> DecideAsync(ApiClient reviewer, Guid reviewId, string decision, string? comment = null) =>
        reviewer.PostAsync($"/api/v1/reviews/{reviewId}/decision", new { decision, comment });

    /// <summary>Finds the package's open review in the reviewer's queue and approves it.</summary>
    public static async Task ApproveAsync(ApiClient reviewer, Guid packageId, string comment = "同意")
    {
        var review = await QueuedReviewAsync(reviewer, packageId);
        await ApiClient.ExpectAsync(await DecideAsync(reviewer, review["id"]!.GetValue<Guid>(), "Approve", comment), HttpStatusCode.OK);
    }

    /// <summary>A textbook through school and expert review: published.</summary>
    public async Task<Guid> PublishedTextbookAsync()
    {
        var id = await SubmittedPackageAsync(TeacherA);
        await ApproveAsync(ReviewerA, id);
        await ApproveAsync(Expert, id);
        return id;
    }

    public static async Task<JsonNode> PackageAsync(ApiClient viewer, Guid id) =>
        await ApiClient.ExpectAsync(await viewer.GetAsync($"/api/v1/packages/{id}"), HttpStatusCode.OK);
}
