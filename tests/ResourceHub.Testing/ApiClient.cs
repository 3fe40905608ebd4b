using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ResourceHub.Testing;

/// <summary>Drives the public API as a batch tool would: JSON in, JSON out, bearer tokens.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<ApiClient> SignInAsync(string userName, string password)
    {
        var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        var body = await ExpectAsync(response, HttpStatusCode.OK);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["accessToken"]!.GetValue<string>());
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Http.PutAsJsonAsync(path, body);

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    /// <summary>Posts raw text as JSON, for malformed-body tests.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonNode> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 9457 problem response with this status; returns its body.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(body["title"]?.GetValue<string>()), "a problem needs a title");
        return body;
    }

    // --- builders for the common fixtures of a test -------------------------------------

    public async Task<Guid> CreateSchoolAsync(string? name = null, string kind = "TechnicianCollege", string region = "内蒙古自治区")
    {
        var body = await ExpectAsync(await PostAsync("/api/v1/schools", new { name = name ?? Unique.Name("测试技师学院"), kind, region }), HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }

    public async Task<(string UserName, string Password)> CreateUserAsync(Guid? schoolId, params string[] roles)
    {
        var userName = Unique.Name("user");
        const string password = TestPassword;
        await ExpectAsync(await PostAsync("/api/v1/users", new { userName, password, displayName = "测试用户", roles, schoolId }), HttpStatusCode.Created);
        return (userName, password);
    }

    /// <summary>The password of every user the builders create.</summary>
    public const string TestPassword = "Passw0rd-123";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

public static class Unique
{
    public static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
