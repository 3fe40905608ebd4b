using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Zone.Tests.Api;

/// <summary>Announcements and policy pages: written by admins in Markdown, shown sanitised.</summary>
public abstract class ArticlesApiTests(SiteFixture site)
{
    [Fact]
    public async Task CreateArticle_AsAdmin_IsListedAndShownOnHomeAndItsPage()
    {
        var admin = await site.AdminAsync();
        var title = Unique.Name("关于开展工学一体化教学资源征集的通知");
        var body = await ApiClient.ExpectAsync(
            await admin.PostAsync("/api/v1/articles", new { kind = "Announcement", title, body = "各学校：\n\n请于 **12 月底** 前提交资源包。" }),
            HttpStatusCode.Created);
        Assert.Contains("<strong>12 月底</strong>", body["html"]!.GetValue<string>());

        var list = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/articles?kind=Announcement"), HttpStatusCode.OK);
        Assert.Contains(list.AsArray(), a => a!["title"]!.GetValue<string>() == title);
        var home = await site.Api().Http.GetStringAsync("/");
        Assert.Contains(title, home);
        var page = await site.Api().Http.GetStringAsync($"/articles/{body["id"]}");
        Assert.Contains("<strong>12 月底</strong>", page);
    }

    [Fact]
    public async Task CreateArticle_WithScriptInMarkdown_IsSanitised()
    {
        var admin = await site.AdminAsync();
        var body = await ApiClient.ExpectAsync(
            await admin.PostAsync("/api/v1/articles", new { kind = "Policy", title = Unique.Name("政策"), body = "<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n\n<img src=x onerror=alert(1)>" }),
            HttpStatusCode.Created);
        var html = body["html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html); // shown as text, never as a live element
    }

    [Fact]
    public async Task Draft_IsHiddenFromEveryoneButEditors()
    {
        var admin = await site.AdminAsync();
        var title = Unique.Name("草稿通知");
        var body = await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/articles", new { kind = "Announcement", title, body = "x", publish = false }), HttpStatusCode.Created);
        var id = body["id"]!.GetValue<Guid>();
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync($"/api/v1/articles/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Api().GetAsync($"/articles/{id}")).StatusCode);
        await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/articles/{id}"), HttpStatusCode.OK);
        var list = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/articles"), HttpStatusCode.OK);
        Assert.DoesNotContain(list.AsArray(), a => a!["title"]!.GetValue<string>() == title);
    }

    [Fact]
    public async Task CreateArticle_AsTeacher_Returns403_AndMissingTitle_Returns400()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await teacher.PostAsync("/api/v1/articles", new { kind = "Announcement", title = "x" }), HttpStatusCode.Forbidden);
        var problem = await ApiClient.ExpectProblemAsync(await admin.PostAsync("/api/v1/articles", new { kind = "Announcement" }), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["title"]);
    }
}

public sealed class ArticlesApiTests_Sqlite(SqliteSite site) : ArticlesApiTests(site), IClassFixture<SqliteSite>;

public sealed class ArticlesApiTests_PostgreSql(PostgreSqlSite site) : ArticlesApiTests(site), IClassFixture<PostgreSqlSite>;
