using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Xunit;

namespace ResourceHub.Testing;

/// <summary>
/// Moves a package through review the only way there is: a file, a submission, and the
/// decisions of eligible reviewers (its school's, then an outside expert), all through the API.
/// </summary>
public static class Publishing
{
    /// <summary>Uploads a file through the public route and returns the file's JSON.</summary>
    public static async Task<JsonNode> UploadAsync(this ApiClient client, Guid packageId, string fileName, byte[] bytes, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await ApiClient.ExpectAsync(await client.Http.PostAsync($"/api/v1/packages/{packageId}/files", form), HttpStatusCode.Created);
    }

    /// <summary>Submits the package, adding a small text file first if it has none.</summary>
    public static async Task SubmitAsync(this ApiClient author, Guid packageId)
    {
        var package = await ApiClient.ExpectAsync(await author.GetAsync($"/api/v1/packages/{packageId}"), HttpStatusCode.OK);
        if (package["files"]!.AsArray().Count == 0)
        {
            await author.UploadAsync(packageId, "说明.txt", "工学一体化教学资源说明。"u8.ToArray(), "text/plain");
        }
        await ApiClient.ExpectAsync(await author.PostAsync($"/api/v1/packages/{packageId}/submit", new { }), HttpStatusCode.OK);
    }

    public static Task PublishAsync(this SiteFixture site, ApiClient author, Guid packageId) =>
        PublishAsync(site.Api, author, packageId);

    /// <param name="newClient">Makes an anonymous client of the site (or of one node of it).</param>
    public static async Task PublishAsync(Func<ApiClient> newClient, ApiClient author, Guid packageId)
    {
        await author.SubmitAsync(packageId);
        await DecideAsync(newClient, author, packageId, "Approve", "Published");
    }

    /// <summary>Submits the package and has its school's reviewer send it back.</summary>
    public static async Task ReturnAsync(this SiteFixture site, ApiClient author, Guid packageId)
    {
        await author.SubmitAsync(packageId);
        await DecideAsync(site.Api, author, packageId, "Return", "Returned");
    }

    private static async Task DecideAsync(Func<ApiClient> newClient, ApiClient author, Guid packageId, string decision, string until)
    {
        var admin = await newClient().SignInAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        var package = await ApiClient.ExpectAsync(await author.GetAsync($"/api/v1/packages/{packageId}"), HttpStatusCode.OK);
        var school = package["schoolId"]!.GetValue<Guid>();
        var (name, password) = await admin.CreateUserAsync(school, "Reviewer");
        var reviewer = await newClient().SignInAsync(name, password);
        // The expert stage is decided by the experts the site assigns from the pool: make sure one covers this specialty.
        await admin.AppointExpertAsync(null, package["specialtyCode"]!.GetValue<string>());
        for (var round = 0; round < 4; round++)
        {
            var queue = await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
            foreach (var review in queue.AsArray().Where(r => r!["packageId"]!.GetValue<Guid>() == packageId))
            {
                await ApiClient.ExpectAsync(await reviewer.PostAsync($"/api/v1/reviews/{review!["id"]}/decision", new { decision, comment = "审核意见：" + decision }), HttpStatusCode.OK);
            }
            var stages = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/packages/{packageId}/reviews"), HttpStatusCode.OK);
            foreach (var stage in stages.AsArray().Where(r => r!["status"]!.GetValue<string>() == "Pending" && r["stage"]!.GetValue<string>() == "Expert"))
            {
                foreach (var assigned in stage!["assignments"]!.AsArray().Where(a => a!["status"]!.GetValue<string>() == "Active"))
                {
                    var expert = await admin.SignInAsAsync(newClient(), assigned!["userId"]!.GetValue<Guid>());
                    await ApiClient.ExpectAsync(await expert.PostAsync($"/api/v1/reviews/{stage["id"]}/decision", new { decision, comment = "专家意见：" + decision }), HttpStatusCode.OK);
                }
            }
            var now = await ApiClient.ExpectAsync(await author.GetAsync($"/api/v1/packages/{packageId}"), HttpStatusCode.OK);
            if (now["status"]!.GetValue<string>() == until)
            {
                return;
            }
        }
        Assert.Fail($"package {packageId} did not reach {until} after its reviews");
    }

    /// <summary>Creates a user (of <paramref name="schoolId"/>, or none) and appoints them to the expert pool for these specialties.</summary>
    public static async Task<(Guid UserId, string UserName, string Password)> AppointExpertAsync(this ApiClient admin, Guid? schoolId, params string[] specialtyCodes)
    {
        var (name, password) = await admin.CreateUserAsync(schoolId, "Reviewer");
        var users = await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK);
        var id = users.AsArray().Single(u => u!["userName"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/experts", new
        {
            userId = id, specialtyCodes, organisation = "测试研究院", appointedFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        }), HttpStatusCode.Created);
        return (id, name, password);
    }

    /// <summary>Signs a user made by <see cref="ApiClient.CreateUserAsync"/> in, found by id through the admin's user list.</summary>
    public static async Task<ApiClient> SignInAsAsync(this ApiClient admin, ApiClient client, Guid userId)
    {
        var user = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/users/{userId}"), HttpStatusCode.OK);
        return await client.SignInAsync(user["userName"]!.GetValue<string>(), ApiClient.TestPassword);
    }
}
