using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Support;

/// <summary>A teacher of a fresh school with a fresh draft package, and the calls the file tests make.</summary>
public sealed class MediaApi(ApiClient api, Guid schoolId, Guid packageId)
{
    public ApiClient Api { get; } = api;
    public Guid SchoolId { get; } = schoolId;
    public Guid PackageId { get; } = packageId;

    public static async Task<MediaApi> TeacherAsync(SiteFixture site)
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (userName, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(userName, password);
        var package = await CreatePackageAsync(teacher);
        return new MediaApi(teacher, school, package);
    }

    public static async Task<Guid> CreatePackageAsync(ApiClient api)
    {
        var body = await ApiClient.ExpectAsync(await api.PostAsync("/api/v1/packages", new
        {
            title = "数控车削加工工作页", description = "测试资源包", specialtyCode = "0101", resourceType = "WorkPage", tags = new[] { "数控" },
        }), HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }

    public Task<HttpResponseMessage> UploadAsync(string fileName, byte[] bytes, Guid? packageId = null) =>
        Upload(Api, packageId ?? PackageId, fileName, bytes);

    public static Task<HttpResponseMessage> Upload(ApiClient api, Guid packageId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return api.Http.PostAsync($"/api/v1/packages/{packageId}/files", form);
    }

    public async Task<JsonNode> UploadOkAsync(string fileName, byte[] bytes) =>
        await ApiClient.ExpectAsync(await UploadAsync(fileName, bytes), HttpStatusCode.Created);

    public async Task<JsonNode> PackageAsync() =>
        await ApiClient.ExpectAsync(await Api.GetAsync($"/api/v1/packages/{PackageId}"), HttpStatusCode.OK);

    /// <summary>The file as the package lists it, once its background processing has finished (or failed).</summary>
    public async Task<JsonNode> ProcessedFileAsync(Guid fileId, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var file = (await PackageAsync())["files"]!.AsArray().Single(f => f!["id"]!.GetValue<Guid>() == fileId)!;
            var state = file["processing"]?["state"]?.GetValue<string>();
            if (state is "Done" or "Failed")
            {
                return file;
            }
            Assert.True(DateTime.UtcNow < deadline, $"processing still {state} after the wait: {file.ToJsonString()}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
