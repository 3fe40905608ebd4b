using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Testing;

namespace ResourceHub.Web.Tests.Caching;

/// <summary>
/// Changes made with SQL, past the site's services, events and interceptors: nothing is evicted,
/// so only a page rendered anew (not from the cache) can show them.
/// </summary>
internal static class BehindTheSite
{
    public static async Task SqlAsync(this SiteFixture site, Func<ResourceHubDbContext, Task> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>());
    }

    public static Task RenameArticleAsync(this SiteFixture site, string from, string to) =>
        site.SqlAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Articles SET Title = {to} WHERE Title = {from}"));

    /// <summary>A published announcement made through the API (which evicts what shows announcements).</summary>
    public static async Task<Guid> AnnounceAsync(this ApiClient admin, string title) =>
        (await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/articles", new { kind = "Announcement", title, body = "正文" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
}
