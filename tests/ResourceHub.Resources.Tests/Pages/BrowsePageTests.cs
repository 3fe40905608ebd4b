using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Resources.Tests.Pages;

/// <summary>Browsing a specialty: its courses with counts, then the packages of one course, a skill level, an order.</summary>
public abstract class BrowsePageTests(SiteFixture site)
{
    [Fact]
    public async Task BrowseSpecialty_ByCourseLevelAndOrder_ShowsOnlyMatchingPublishedPackages()
    {
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var courseA = Unique.Name("采煤机维护");
        var courseB = Unique.Name("液压支架检修");
        async Task<Guid> PackageAsync(string title, string course, string level, bool publish = true)
        {
            var body = await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", new
            {
                title, specialtyCode = "1102", courseName = course, resourceType = "WorkPage", skillLevel = level,
            }), HttpStatusCode.Created);
            var id = body["id"]!.GetValue<Guid>();
            if (publish)
            {
                await site.PublishAsync(teacher, id);
            }
            return id;
        }
        var first = Unique.Name("甲工作页");
        var second = Unique.Name("乙工作页");
        var third = Unique.Name("丙工作页");
        var draft = Unique.Name("草稿工作页");
        var firstId = await PackageAsync(first, courseA, "Intermediate");
        await PackageAsync(second, courseA, "Advanced");
        await PackageAsync(third, courseB, "Advanced");
        await PackageAsync(draft, courseA, "Advanced", publish: false);

        var all = await PageAsync("/browse/1102");
        Assert.Contains($"{courseA}</a> <span class=\"muted\">(2)", all);
        Assert.Contains($"{courseB}</a> <span class=\"muted\">(1)", all);
        Assert.DoesNotContain(draft, all);

        var course = await PageAsync("/browse/1102?course=" + Uri.EscapeDataString(courseA));
        Assert.Contains(first, course);
        Assert.Contains(second, course);
        Assert.DoesNotContain(third, course);
        Assert.Contains("共 2 个资源包", course);

        var advanced = await PageAsync("/browse/1102?level=Advanced&sort=Title&course=" + Uri.EscapeDataString(courseA));
        Assert.Contains(second, advanced);
        Assert.DoesNotContain(first, advanced);

        // A revision in progress changes nothing readers see until it is approved.
        await ApiClient.ExpectAsync(await teacher.PostAsync($"/api/v1/packages/{firstId}/revise", new { }), HttpStatusCode.OK);
        var revised = Unique.Name("修订中的标题");
        await ApiClient.ExpectAsync(await teacher.PutAsync($"/api/v1/packages/{firstId}", new
        {
            title = revised, specialtyCode = "1102", courseName = courseB, resourceType = "WorkPage", skillLevel = "Intermediate",
        }), HttpStatusCode.OK);
        var during = await PageAsync("/browse/1102?course=" + Uri.EscapeDataString(courseA));
        Assert.Contains(first, during);
        Assert.DoesNotContain(revised, during);
        Assert.DoesNotContain("草稿", during);
        Assert.Contains($"{courseA}</a> <span class=\"muted\">(2)", during);

        var missing = await site.Api().GetAsync("/browse/9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<string> PageAsync(string path)
    {
        var response = await site.Api().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor escapes Chinese as character references; read the page as a browser shows it.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class BrowsePageTests_Sqlite(SqliteSite site) : BrowsePageTests(site), IClassFixture<SqliteSite>;

public sealed class BrowsePageTests_PostgreSql(PostgreSqlSite site) : BrowsePageTests(site), IClassFixture<PostgreSqlSite>;
