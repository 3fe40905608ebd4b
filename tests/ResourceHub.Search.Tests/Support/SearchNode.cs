using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Search.Tests.Support;

/// <summary>
/// One running node of a fixture's site, with a fast poll. A
/// node with its own data folder shares the fixture's database but keeps its own index.
/// </summary>
public sealed class SearchNode
{
    /// <param name="dataPath">Another data folder (a second node; on SQLite that is also another database).</param>
    /// <param name="indexPath">Another index folder on the same data folder and database.</param>
    public SearchNode(SiteFixture site, string? dataPath = null, string? indexPath = null)
    {
        site.EnsureAvailable();
        Factory = site.WithWebHostBuilder(b =>
        {
            if (dataPath is not null)
            {
                b.UseSetting("ResourceHub:DataPath", dataPath);
            }
            if (indexPath is not null)
            {
                b.UseSetting("ResourceHub:Search:IndexPath", indexPath);
            }
            b.UseSetting("ResourceHub:Search:PollSeconds", "0.2");
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public ApiClient Api() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public Task<ApiClient> AdminAsync() => Api().SignInAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);

    /// <summary>A teacher of a new school, signed in.</summary>
    public async Task<ApiClient> NewTeacherAsync()
    {
        var admin = await AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (user, password) = await admin.CreateUserAsync(school, "Teacher");
        return await Api().SignInAsync(user, password);
    }

    /// <summary>Published through the review API: a file, a submission, the approvals.</summary>
    public Task PublishAsync(ApiClient author, Guid packageId) => Publishing.PublishAsync(Api, author, packageId);

    /// <summary>Waits for /health/ready: the index caught up after start (or a rebuild).</summary>
    public async Task ReadyAsync(int seconds = 15)
    {
        var api = Api();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while ((await api.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the node was not ready within {seconds} s");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonNode> SearchAsync(ApiClient api, string query) =>
        await ApiClient.ExpectAsync(await api.GetAsync("/api/v1/search?" + query), HttpStatusCode.OK);

    /// <summary>Searches until <paramref name="done"/> holds (the index is updated in the background).</summary>
    public static async Task<JsonNode> SearchUntilAsync(ApiClient api, string query, Func<JsonNode, bool> done, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var result = await SearchAsync(api, query);
            if (done(result))
            {
                return result;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"search '{query}' did not reach the expected state within {seconds} s: {result.ToJsonString()}");
            }
            await Task.Delay(100);
        }
    }

    public static IReadOnlyList<Guid> Ids(JsonNode result) =>
        result["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
}
