using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Schools.Tests.Api;

/// <summary>
/// Failed sign-ins are throttled per address and per user name (429 with Retry-After), successful
/// ones never; an unknown user name is answered exactly like a known one. Each test signs in from
/// its own address (X-Forwarded-For through the trusted proxy), as different clients would.
/// </summary>
public sealed class SignInThrottleTests(ThrottleSite site) : IClassFixture<ThrottleSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int _address;

    private ApiClient From()
    {
        var api = site.Api();
        api.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref _address)}");
        return api;
    }

    [Fact]
    public async Task WrongPasswords_InQuickSuccession_Get429WithRetryAfter()
    {
        var (userName, _) = await (await site.AdminAsync()).CreateUserAsync(null, "Reviewer");
        var api = From();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage response;
        do
        {
            response = await api.PostAsync("/api/v1/auth/token", new { userName, password = "guess-" + statuses.Count });
            statuses.Add(response.StatusCode);
        }
        while (response.StatusCode == HttpStatusCode.Unauthorized && statuses.Count < 30);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Unauthorized), 3, 10);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, "Retry-After in seconds, a minute at most");
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Contains("秒后再试", problem["detail"]!.GetValue<string>());
        // The sign-in page counts the same failures and answers the same way once they are too many.
        HttpResponseMessage page;
        var tries = 0;
        do
        {
            page = await api.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = "guess" });
        }
        while (page.StatusCode == HttpStatusCode.OK && ++tries < 15);
        Assert.Contains("登录失败次数过多", await page.HtmlAsync(HttpStatusCode.TooManyRequests));
        Assert.NotNull(page.Headers.RetryAfter);
    }

    [Fact]
    public async Task UnknownUserName_IsAnsweredLikeAKnownOne()
    {
        var (known, _) = await (await site.AdminAsync()).CreateUserAsync(null, "Reviewer");
        async Task<List<string>> AnswersAsync(string userName)
        {
            var api = From();
            var answers = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var response = await api.PostAsync("/api/v1/auth/token", new { userName, password = "guess-" + i });
                var problem = await ApiClient.ExpectProblemAsync(response, response.StatusCode);
                answers.Add($"{(int)response.StatusCode} {problem["title"]} {problem["detail"]}");
            }
            return answers;
        }

        var knownAnswers = await AnswersAsync(known);
        var unknownAnswers = await AnswersAsync(Unique.Name("nobody"));
        // Word for word the same refusals, and the same slowing down (its wait may differ by the clock).
        Assert.Equal(knownAnswers[..3], unknownAnswers[..3]);
        Assert.Equal("401 登录失败 用户名或密码不正确。", knownAnswers[0]);
        Assert.Contains(knownAnswers, a => a.StartsWith("429 ", StringComparison.Ordinal));
        Assert.Contains(unknownAnswers, a => a.StartsWith("429 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManySuccessfulSignIns_FromOneAddress_AreNeverThrottled()
    {
        var api = From();
        for (var i = 0; i < 40; i++)
        {
            await ApiClient.ExpectAsync(await api.PostAsync("/api/v1/auth/token", new { userName = SiteFixture.AdminUserName, password = SiteFixture.AdminPassword }), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task OneAddress_GuessingManyUserNames_IsThrottled()
    {
        var api = From();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ThrottleSite.PerAddress + 1; i++)
        {
            statuses.Add((await api.PostAsync("/api/v1/auth/token", new { userName = Unique.Name("spray"), password = "Passw0rd-123" })).StatusCode);
        }

        Assert.All(statuses[..ThrottleSite.PerAddress], s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Another address is not held up by it.
        await ApiClient.ExpectAsync(await From().PostAsync("/api/v1/auth/token", new { userName = SiteFixture.AdminUserName, password = SiteFixture.AdminPassword }), HttpStatusCode.OK);
    }
}

/// <summary>Behind a trusted proxy (forwarded headers on), with a small per-address budget.</summary>
public sealed class ThrottleSite : SqliteSite
{
    public const int PerAddress = 12;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        .. base.Settings(),
        new("ResourceHub:Security:ForwardedHeaders", "true"),
        new("ResourceHub:Accounts:SignInFailuresPerAddress", PerAddress.ToString()),
    ];
}
