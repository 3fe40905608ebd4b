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
        var school = (await ApiClient.ExpectAsync(await author.GetAsync($"/api/v1/packages/{packageId}"), HttpStatusCode.OK))["schoolId"]!.GetValue<Guid>();
        var reviewers = new List<ApiClient>();
        foreach (var schoolId in new Guid?[] { school, null })
        {
            var (name, password) = await admin.CreateUserAsync(schoolId, "Reviewer");
            reviewers.Add(await newClient().SignInAsync(name, password));
        }
        for (var round = 0; round < 4; round++)
        {
            foreach (var reviewer in reviewers)
            {
                var queue = await ApiClient.ExpectAsync(await reviewer.GetAsync("/api/v1/reviews?mine=true"), HttpStatusCode.OK);
                foreach (var review in queue.AsArray().Where(r => r!["packageId"]!.GetValue<Guid>() == packageId))
                {
                    await ApiClient.ExpectAsync(await reviewer.PostAsync($"/api/v1/reviews/{review!["id"]}/decision", new { decision, comment = "审核意见：" + decision }), HttpStatusCode.OK);
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
}
