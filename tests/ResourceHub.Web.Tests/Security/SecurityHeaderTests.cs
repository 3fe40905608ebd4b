using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Security;

/// <summary>The headers every answer carries, and what changes over https (directly or behind a trusted proxy).</summary>
public sealed partial class SecurityHeaderTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/search?q=数控")]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/specialties")]
    [InlineData("/api/v1/no-such-route")]
    public async Task EveryAnswer_CarriesThePolicyAndFrameProtection(string path)
    {
        var response = await site.Api().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'" })
        {
            Assert.Contains(directive, csp);
        }
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/search?q=数控")]
    [InlineData("/reform")]
    public async Task Pages_HaveNoInlineScriptStyleOrHandler(string path)
    {
        var html = await site.Api().PageAsync(path);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineStyleOrHandler(), html);
    }

    [Fact]
    public async Task OverHttps_HstsAndSecureCookies()
    {
        var browser = await CookieClient.SignedInAsync(site, "https://localhost");
        var response = await browser.GetAsync("/");
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());

        var login = await new ApiClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }))
            .PostFormAsync("/account/login", new() { ["UserName"] = SiteFixture.AdminUserName, ["Password"] = SiteFixture.AdminPassword });
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("rh.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OverHttp_CookiesAreNotMarkedSecure()
    {
        var login = await site.Api().PostFormAsync("/account/login", new() { ["UserName"] = SiteFixture.AdminUserName, ["Password"] = SiteFixture.AdminPassword });

        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rh.auth=", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-z][^>]*\\s(style|on[a-z]+)\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrHandler();
}

/// <summary>Behind a TLS reverse proxy: with forwarded headers on, the proxy's X-Forwarded-Proto makes the answer https's.</summary>
public sealed class ForwardedHeaderTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    [Fact]
    public async Task ForwardedHttps_GetsHsts()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await site.Api().Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class ProxiedSite : SqliteSite
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), new("ResourceHub:Security:ForwardedHeaders", "true")];
}
