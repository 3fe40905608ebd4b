using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace ResourceHub.Testing;

/// <summary>Reads and posts the site's pages as a browser would, with the signed-in client's identity.</summary>
public static partial class PageClient
{
    /// <summary>The page's HTML, decoded, after asserting its status.</summary>
    public static async Task<string> PageAsync(this ApiClient user, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await user.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"{path}: expected {(int)status} but got {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>
    /// Posts a form with the antiforgery token of the page just shown (<paramref name="from"/>, by
    /// default the page posted to), as the browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this ApiClient user, string path, Dictionary<string, string> fields, string? from = null)
    {
        var html = await user.PageAsync(from ?? path);
        var token = Token().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the form carries an antiforgery token");
        fields["__RequestVerificationToken"] = token;
        return await user.Http.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The HTML of a form's answer (a page shown again with its errors), decoded.</summary>
    public static async Task<string> HtmlAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status} but got {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
