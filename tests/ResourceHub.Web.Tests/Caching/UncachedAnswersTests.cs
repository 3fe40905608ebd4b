using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Caching;

/// <summary>An answer that sets a cookie is never kept for the next visitor; and the cache can be turned off.</summary>
public sealed class UncachedAnswersTests(UncachedAnswersTests.CookieSettingSite site, UncachedAnswersTests.CacheOffSite off)
    : IClassFixture<UncachedAnswersTests.CookieSettingSite>, IClassFixture<UncachedAnswersTests.CacheOffSite>
{
    private const string SetCookieHeader = "X-Test-Set-Cookie";

    /// <summary>The site with an outermost step that gives a visitor a cookie when the request asks for it.</summary>
    public sealed class CookieSettingSite : SqliteSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new SetCookieFilter()));
        }
    }

    public sealed class CacheOffSite : SqliteSite
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("ResourceHub:PageCache:Enabled", "false")];
    }

    private sealed class SetCookieFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.ContainsKey(SetCookieHeader))
                {
                    context.Response.Headers["Set-Cookie"] = "visitor=v1; path=/; httponly";
                }
                return following(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task AnswerSettingACookie_IsNotCached()
    {
        var admin = await site.AdminAsync();
        var title = Unique.Name("带Cookie的公告");
        await admin.AnnounceAsync(title);

        var withCookie = site.Api();
        withCookie.Http.DefaultRequestHeaders.Add(SetCookieHeader, "1");
        var first = await withCookie.GetAsync("/articles");
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("visitor=v1", StringComparison.Ordinal));

        var changed = Unique.Name("库中的新标题");
        await site.RenameArticleAsync(title, changed);
        Assert.Contains(changed, await site.Api().PageAsync("/articles"));

        // Without the cookie the answer is kept: the next change behind the site's back stays unseen.
        var later = Unique.Name("再次改名");
        await site.RenameArticleAsync(changed, later);
        var cached = await site.Api().PageAsync("/articles");
        Assert.Contains(changed, cached);
        Assert.DoesNotContain(later, cached);
    }

    [Fact]
    public async Task CacheTurnedOff_EveryAnswerIsRenderedAnew()
    {
        var title = Unique.Name("不缓存的公告");
        await (await off.AdminAsync()).AnnounceAsync(title);
        Assert.Contains(title, await off.Api().PageAsync("/"));

        var changed = Unique.Name("库中的新标题");
        await off.RenameArticleAsync(title, changed);
        var again = await off.Api().GetAsync("/");
        Assert.Null(again.Headers.Age);
        Assert.Contains(changed, await again.HtmlAsync());
    }
}
