using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Security;

/// <summary>A browser-like client: signed in through the sign-in page, so the API sees only the cookie.</summary>
internal static partial class CookieClient
{
    public static async Task<ApiClient> SignedInAsync(SiteFixture site, string baseAddress = "http://localhost")
    {
        site.EnsureAvailable();
        var client = new ApiClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));
        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = SiteFixture.AdminUserName, ["Password"] = SiteFixture.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token a page of the site hands its own scripts.</summary>
    public static async Task<string> PageTokenAsync(ApiClient client)
    {
        var html = await client.PageAsync("/reform/training");
        return Token().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
