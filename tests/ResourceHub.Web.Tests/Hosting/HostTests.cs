using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Hosting;

/// <summary>What the host itself promises: readiness, the API description, errors that are never 500.</summary>
public abstract class HostTests(SiteFixture site)
{
    [Fact]
    public async Task HealthReady_AfterStart_Returns200WithinSeconds()
    {
        // Ready means the database, the blob store and this node's search index answer; the
        // index may still be catching up for a moment after start, as a load balancer expects.
        var api = site.Api();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode status;
        while ((status = (await api.GetAsync("/health/ready")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheContractRoutes()
    {
        var body = await ApiClient.ExpectAsync(await site.Api().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = body["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var route in new[] { "/api/v1/auth/token", "/api/v1/schools", "/api/v1/users", "/api/v1/specialties", "/api/v1/packages", "/api/v1/packages/{id}" })
        {
            Assert.Contains(route, paths);
        }
    }

    [Fact]
    public async Task FaviconAndIconSet_AreServedAndLinked()
    {
        var api = site.Api();

        var favicon = await api.GetAsync("/favicon.ico");
        var bytes = await favicon.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var home = await api.PageAsync("/");

        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal("image/x-icon", favicon.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0, 3, 0 }, bytes[..6]);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home);
        foreach (var (icon, type) in new[] { ("icon.svg", "image/svg+xml"), ("icon-32.png", "image/png"), ("icon-180.png", "image/png"), ("icon-512.png", "image/png") })
        {
            var response = await api.GetAsync($"/_content/ResourceHub.Theme.Default/icons/{icon}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Contains("icons/icon.svg", home);
        Assert.Contains("rel=\"apple-touch-icon\"", home);
    }

    [Fact]
    public async Task ApiDocsPage_IsServedFromTheSite()
    {
        var response = await site.Api().GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ResourceHub API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownPage_Returns404PageInChinese()
    {
        var response = await site.Api().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("页面不存在", html);
    }

    [Fact]
    public async Task EveryResponse_CarriesNoSniff()
    {
        var response = await site.Api().GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task HomePage_ShowsZoneNameAndLiveFigures()
    {
        var response = await site.Api().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("工学一体化改革专区", html);
        Assert.Contains("一体化专业", html);
    }

    [Fact]
    public async Task AdminPage_Anonymous_RedirectsToSignIn()
    {
        var response = await site.Api().GetAsync("/admin/schools");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class HostTests_Sqlite(SqliteSite site) : HostTests(site), IClassFixture<SqliteSite>;

public sealed class HostTests_PostgreSql(PostgreSqlSite site) : HostTests(site), IClassFixture<PostgreSqlSite>;
