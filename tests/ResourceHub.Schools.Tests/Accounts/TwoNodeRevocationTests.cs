using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Schools.Tests.Accounts;

/// <summary>
/// Two web nodes on one PostgreSQL database: an account changed through one node is refused by
/// the other within 5 seconds (each node checks the account's stamp with a short cache).
/// </summary>
public sealed class TwoNodeRevocationTests(PostgreSqlSite site) : IClassFixture<PostgreSqlSite>
{
    [Fact]
    public async Task ChangesOnNodeA_OldTokensRefusedOnNodeBWithin5Seconds()
    {
        site.EnsureAvailable();
        // Node B: the same database, its own data folder (blobs, index), its own process-wide caches; disposed with the site.
        var nodeB = site.WithWebHostBuilder(b => b.UseSetting("ResourceHub:DataPath", Path.Combine(site.DataPath, "node-b")));
        await ChangeAsync(nodeB, "disable", HttpStatusCode.Unauthorized);
        await ChangeAsync(nodeB, "password", HttpStatusCode.Unauthorized);
        await ChangeAsync(nodeB, "role", HttpStatusCode.Forbidden);
    }

    private async Task ChangeAsync(WebApplicationFactory<Program> nodeB, string change, HttpStatusCode expected)
    {
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "SchoolAdmin");
        var id = (await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray()
            .Single(u => u!["userName"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
        // A token issued by node A, in use on node B (which now has the account cached).
        var onA = await site.Api().SignInAsync(name, password);
        var onB = new ApiClient(nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        onB.Http.DefaultRequestHeaders.Authorization = onA.Http.DefaultRequestHeaders.Authorization;
        await ApiClient.ExpectAsync(await onB.GetAsync("/api/v1/users"), HttpStatusCode.OK);

        var response = change switch
        {
            "disable" => await admin.PostAsync($"/api/v1/users/{id}/disable", new { }),
            "password" => await onA.PostAsync("/api/v1/auth/password", new { currentPassword = password, newPassword = "Another-Long-Phrase-9" }),
            _ => await admin.PutAsync($"/api/v1/users/{id}", new { displayName = "不再是管理员", roles = new[] { "Teacher" }, schoolId = school }),
        };
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        // At once on the node that made the change.
        Assert.Equal(expected, (await onA.GetAsync("/api/v1/users")).StatusCode);

        var clock = Stopwatch.StartNew();
        HttpStatusCode seen;
        do
        {
            seen = (await onB.GetAsync("/api/v1/users")).StatusCode;
            if (seen == expected)
            {
                break;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.True(seen == expected, $"{change}: node B still answered {(int)seen} after {clock.Elapsed.TotalSeconds:F1} s");
        TestContext.Current.TestOutputHelper?.WriteLine($"{change}: node B refused the old token after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
