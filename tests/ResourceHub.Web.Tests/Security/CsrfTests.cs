using System.Net;
using System.Net.Http.Headers;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Security;

/// <summary>
/// A hostile page can make the browser send the sign-in cookie, but not the X-CSRF-TOKEN header:
/// state-changing API requests on the cookie alone are refused; the site's own token and bearer tokens pass.
/// </summary>
public sealed class CsrfTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CookieOnly_CrossSiteFormPosts_AreRefusedWith403Problem()
    {
        var browser = await CookieClient.SignedInAsync(site);
        // What a cross-site <form method="post"> sends: the cookie, a form body, no header.
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        var rebuild = await ApiClient.ExpectProblemAsync(await browser.Http.PostAsync("/api/v1/search/rebuild", form, Ct), HttpStatusCode.Forbidden);
        Assert.Contains("防伪令牌", rebuild["detail"]!.GetValue<string>());
        var import = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "培训.xlsx" } };
        await ApiClient.ExpectProblemAsync(await browser.Http.PostAsync("/api/v1/training-records/import", import, Ct), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await browser.Http.PostAsync($"/api/v1/packages/{Guid.NewGuid()}/submit", null, Ct), HttpStatusCode.Forbidden);
        // A wrong token is no better than none.
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/search/rebuild");
        forged.Headers.Add("X-CSRF-TOKEN", "forged");
        await ApiClient.ExpectProblemAsync(await browser.Http.SendAsync(forged, Ct), HttpStatusCode.Forbidden);
        // Reading stays open to the cookie.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/schools")).StatusCode);
    }

    [Fact]
    public async Task CookieWithThePagesToken_Passes()
    {
        var browser = await CookieClient.SignedInAsync(site);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/search/rebuild");
        request.Headers.Add("X-CSRF-TOKEN", await CookieClient.PageTokenAsync(browser));

        var response = await browser.Http.SendAsync(request, Ct);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    [Fact]
    public async Task BearerToken_NeedsNoAntiforgeryToken()
    {
        var admin = await site.AdminAsync();

        var response = await admin.Http.PostAsync("/api/v1/search/rebuild", null, Ct);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("Bearer", admin.Http.DefaultRequestHeaders.Authorization?.Scheme);
    }
}
