using System.Net;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Testing;
using ResourceHub.Web.Tests.Security;
using Xunit;

namespace ResourceHub.Web.Tests.Caching;

/// <summary>
/// Anonymous portal pages come from the output cache until something they show changes through
/// the site. That they are cached is shown by changing a row behind the site's back (SQL, no
/// event): the page keeps its old content; the same change made through the site shows at once.
/// </summary>
public sealed class PageCacheTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task HomeAndArticlePages_ComeFromCache_UntilTheAnnouncementIsEdited()
    {
        var admin = await site.AdminAsync();
        var title = Unique.Name("缓存测试公告");
        var id = await admin.AnnounceAsync(title);
        Assert.Contains(title, await AnonymousAsync("/"));
        Assert.Contains(title, await AnonymousAsync($"/articles/{id}"));
        Assert.Contains(title, await AnonymousAsync("/articles"));

        var behindTheBack = Unique.Name("未经站点的改动");
        await site.RenameArticleAsync(title, behindTheBack);
        foreach (var path in new[] { "/", $"/articles/{id}", "/articles", "/?utm_source=wechat", "/articles?from=menu" })
        {
            var page = await AnonymousAsync(path);
            Assert.Contains(title, page);
            Assert.DoesNotContain(behindTheBack, page);
        }
        // A query key the page reads is its own entry: rendered now, with what the database holds.
        Assert.Contains(behindTheBack, await AnonymousAsync("/articles?kind=Announcement"));

        var edited = Unique.Name("修改后的公告");
        await ApiClient.ExpectAsync(await admin.PutAsync($"/api/v1/articles/{id}", new { kind = "Announcement", title = edited, body = "正文" }), HttpStatusCode.OK);
        foreach (var path in new[] { "/", $"/articles/{id}", "/articles" })
        {
            var page = await AnonymousAsync(path);
            Assert.Contains(edited, page);
            Assert.DoesNotContain(title, page);
        }
    }

    [Fact]
    public async Task ApprovedRevision_EvictsHomeBrowseAndPackagePages_AnonymousSeesOnlyApprovedVersions()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var course = Unique.Name("缓存课程");
        var first = Unique.Name("第一版工作页");
        object Input(string title) => new { title, specialtyCode = "1102", courseName = course, resourceType = "WorkPage", skillLevel = "Advanced" };
        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", Input(first)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await site.PublishAsync(teacher, id);
        string[] pages = ["/", "/browse/1102", "/browse/1102?course=" + Uri.EscapeDataString(course), $"/packages/{id}"];
        foreach (var path in pages)
        {
            Assert.Contains(first, await AnonymousAsync(path));
        }

        // A revision being written changes nothing an outsider sees (凡编必审).
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/packages/{id}/revise", new { }), HttpStatusCode.OK);
        var second = Unique.Name("第二版工作页");
        await ApiClient.ExpectAsync(await teacher.PutAsync($"/api/v1/packages/{id}", Input(second)), HttpStatusCode.OK);
        await AssertPagesShowAsync(pages, first, second);

        var behindTheBack = Unique.Name("未经审核的标题");
        await site.SqlAsync(db => db.Database.ExecuteSqlAsync($"UPDATE PackageVersions SET Title = {behindTheBack} WHERE Title = {first}"));
        await AssertPagesShowAsync(pages, first, behindTheBack);

        await site.PublishAsync(teacher, id);
        await AssertPagesShowAsync(pages, second, first);
        await AssertPagesShowAsync(pages, second, behindTheBack);
    }

    private async Task AssertPagesShowAsync(string[] paths, string shown, string notShown)
    {
        foreach (var path in paths)
        {
            var page = await AnonymousAsync(path);
            Assert.True(page.Contains(shown) && !page.Contains(notShown), $"{path} shows {shown}, not {notShown}");
        }
    }

    [Fact]
    public async Task SignedInPages_NeverReachAnonymousVisitors_NorTheOtherWayRound()
    {
        var cookie = await CookieClient.SignedInAsync(site);
        var bearer = await site.AdminAsync();
        var anonymousFirst = await AnonymousAsync("/standards");
        Assert.Contains("登录</a>", anonymousFirst);
        foreach (var user in new[] { cookie, bearer })
        {
            var own = await user.PageAsync("/standards");
            Assert.Contains("退出", own);
            Assert.Contains("class=\"who\"", own);
        }

        // A signed-in visitor is the first to ask for these pages: what they got is not kept for others.
        foreach (var path in new[] { "/specialties", "/browse", "/articles" })
        {
            Assert.Contains("退出", await cookie.PageAsync(path));
            Assert.Contains("退出", await bearer.PageAsync(path));
            var anonymous = await AnonymousAsync(path);
            Assert.DoesNotContain("退出", anonymous);
            Assert.DoesNotContain("class=\"who\"", anonymous);
            Assert.DoesNotContain("__RequestVerificationToken", anonymous);
            Assert.Contains("登录</a>", anonymous);
        }
    }

    [Fact]
    public async Task CachedAnswers_KeepTheSecurityHeaders()
    {
        await AnonymousAsync("/specialties");
        var again = await site.Api().GetAsync("/specialties");
        Assert.True(again.Headers.Age is not null, "the second answer comes from the cache");
        Assert.Contains("script-src 'self'", again.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", again.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", again.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(again.Headers.Contains("Set-Cookie"));
    }

    private async Task<string> AnonymousAsync(string path) => await site.Api().PageAsync(path);
}
