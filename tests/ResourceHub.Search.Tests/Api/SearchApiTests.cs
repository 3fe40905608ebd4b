using System.Net;
using ResourceHub.Search.Tests.Support;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Search.Tests.Support.SearchNode;

namespace ResourceHub.Search.Tests.Api;

public abstract class SearchApiTests(SearchSite site)
{
    private Task<SearchCorpus> Corpus() => site.CorpusAsync();

    [Fact]
    public async Task Search_OneCharacter_FindsPublishedPackagesWithIt()
    {
        var c = await Corpus();

        var ids = Ids(await SearchAsync(c.Anonymous, "q=焊"));

        Assert.Contains(c.Welding, ids);
        Assert.DoesNotContain(c.Lathe, ids);
    }

    [Theory]
    [InlineData("G71编程")]
    [InlineData("g71")]
    [InlineData("Ｇ７１")]
    [InlineData("数控 G71")]
    public async Task Search_MixedChineseAndLatin_FindsTheCode(string q)
    {
        var c = await Corpus();

        var result = await SearchAsync(c.Anonymous, "q=" + Uri.EscapeDataString(q));

        Assert.Equal(c.Lathe, Ids(result)[0]);
    }

    [Fact]
    public async Task Search_LatinWordInsideChineseTitle_IsFound()
    {
        var c = await Corpus();

        Assert.Equal([c.Network], Ids(await SearchAsync(c.Anonymous, "q=vlan")));
    }

    [Fact]
    public async Task Search_RunTogetherWords_FindsTextWithTheWordsApart()
    {
        var c = await Corpus();

        var result = await SearchAsync(c.Anonymous, "q=减速机异响");

        Assert.Equal([c.Welding], Ids(result));
        Assert.True(result["approximate"]!.GetValue<bool>());
        var snippet = result["items"]![0]!["snippet"]!.GetValue<string>();
        Assert.Contains("<mark>减速机</mark>", snippet);
        Assert.Contains("<mark>异响</mark>", snippet);
    }

    [Fact]
    public async Task Search_TermOnlyInExtractedText_FindsPackageWithSnippetFromTheFile()
    {
        var c = await Corpus();

        var result = await SearchAsync(c.Anonymous, "q=P0171");

        Assert.Equal([c.Welding], Ids(result));
        var item = result["items"]![0]!;
        Assert.Contains("故障码<mark>P0171</mark>表示混合气过稀", item["snippet"]!.GetValue<string>());
        Assert.True(item["score"]!.GetValue<float>() > 0);
        Assert.Equal("Textbook", item["resourceType"]!.GetValue<string>());
        Assert.Equal("0106", item["specialtyCode"]!.GetValue<string>());
        Assert.Equal(c.SchoolA, item["schoolId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Search_PhraseAndExclusion_AreHonoured()
    {
        var c = await Corpus();

        Assert.Equal([c.Lathe], Ids(await SearchAsync(c.Anonymous, "q=" + Uri.EscapeDataString("\"粗车循环\""))));
        Assert.Empty(Ids(await SearchAsync(c.Anonymous, "q=" + Uri.EscapeDataString("\"循环粗车\""))));
        Assert.DoesNotContain(c.Welding, Ids(await SearchAsync(c.Anonymous, "q=" + Uri.EscapeDataString("焊接 -钢结构"))));
    }

    [Fact]
    public async Task Search_Facets_CountTheVisibleHits()
    {
        var c = await Corpus();

        var result = await SearchAsync(c.Anonymous, "q=");

        Assert.Equal(3, result["total"]!.GetValue<int>());
        var facets = result["facets"]!;
        Assert.Equal(1, facets["resourceType"]!["Textbook"]!.GetValue<int>());
        Assert.Equal(1, facets["resourceType"]!["WorkPage"]!.GetValue<int>());
        Assert.Null(facets["resourceType"]!["CaseLibrary"]);
        Assert.Equal(2, facets["schoolId"]![c.SchoolA.ToString()]!.GetValue<int>());
        Assert.Equal(1, facets["textbookForm"]!["LooseLeaf"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_Filters_NarrowHitsAndFacets()
    {
        var c = await Corpus();

        Assert.Equal([c.Welding], Ids(await SearchAsync(c.Anonymous, "resourceType=Textbook")));
        Assert.Equal([c.Network], Ids(await SearchAsync(c.Anonymous, "specialtyCode=0301")));
        var bySchool = await SearchAsync(c.Anonymous, $"schoolId={c.SchoolB}");
        Assert.Equal([c.Network], Ids(bySchool));
        Assert.Equal(1, bySchool["facets"]!["resourceType"]!["Courseware"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_OtherSchoolsDraft_IsNeverFound()
    {
        var c = await Corpus();

        var forA = Ids(await SearchAsync(c.TeacherA, "q=焊接"));
        var forB = Ids(await SearchAsync(c.TeacherB, "q=焊接"));
        var forAnyone = Ids(await SearchAsync(c.Anonymous, "q=焊接"));

        Assert.Contains(c.DraftA, forA);
        Assert.DoesNotContain(c.DraftB, forA);
        Assert.Contains(c.DraftB, forB);
        Assert.DoesNotContain(c.DraftA, forB);
        Assert.DoesNotContain(c.DraftA, forAnyone);
        Assert.DoesNotContain(c.DraftB, forAnyone);
        var byTitle = await SearchAsync(c.TeacherA, "q=" + Uri.EscapeDataString("B校草稿"));
        Assert.Equal(0, byTitle["total"]!.GetValue<int>());
        Assert.Null(byTitle["facets"]!["resourceType"]!["CaseLibrary"]);
    }

    [Fact]
    public async Task Search_Paging_SplitsTheResults()
    {
        var c = await Corpus();

        var first = await SearchAsync(c.Anonymous, "q=&page=1&pageSize=2");
        var second = await SearchAsync(c.Anonymous, "q=&page=2&pageSize=2");

        Assert.Equal(3, first["total"]!.GetValue<int>());
        Assert.Equal(2, Ids(first).Count);
        Assert.Single(Ids(second));
        Assert.Equal(3, Ids(first).Concat(Ids(second)).Distinct().Count());
    }

    [Fact]
    public async Task Search_SortNewest_PutsTheLatestPublishedFirst()
    {
        var c = await Corpus();

        Assert.Equal([c.Network, c.Welding, c.Lathe], Ids(await SearchAsync(c.Anonymous, "sort=Newest")));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=abc")]
    [InlineData("page=600&pageSize=100")]
    [InlineData("resourceType=Foo")]
    [InlineData("schoolId=not-a-guid")]
    [InlineData("sort=best")]
    public async Task Search_BadParameters_Are400Problems(string query)
    {
        var c = await Corpus();

        await ApiClient.ExpectProblemAsync(await c.Anonymous.GetAsync("/api/v1/search?" + query), HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"减速机", "\"\"\"", "AND OR NOT", "title:焊接", "焊接^100", "*:*", "焊*", "?", "(焊接", "[1 TO 2]", "{}", "~", "\\",
        "-", "--焊接", "- - -", "+-!&&||", "🔥💥焊接🔥", "\ud83d", "<script>alert(1)</script>", "%00", new string('焊', 10_000),
        string.Concat(Enumerable.Repeat("a \"b -c ", 1500)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileInput_IsAnsweredNot500(string q)
    {
        var c = await Corpus();

        var result = await SearchAsync(c.Anonymous, "q=" + Uri.EscapeDataString(q));

        Assert.DoesNotContain("<script>", result.ToJsonString());
    }

    [Fact]
    public async Task Rebuild_ByAdmin_IsAcceptedAndKeepsResults()
    {
        var c = await Corpus();

        await ApiClient.ExpectAsync(await c.Anonymous.PostAsync("/api/v1/search/rebuild", new { }), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectAsync(await c.TeacherA.PostAsync("/api/v1/search/rebuild", new { }), HttpStatusCode.Forbidden);
        await ApiClient.ExpectAsync(await c.Admin.PostAsync("/api/v1/search/rebuild", new { }), HttpStatusCode.Accepted);

        await SearchUntilAsync(c.Anonymous, "q=P0171", r => Ids(r).SequenceEqual([c.Welding]));
    }

    [Fact]
    public async Task Ready_AfterCatchUp_Is200()
    {
        await Corpus();

        await site.Node.ReadyAsync();
    }

    [Fact]
    public async Task SearchPage_ShowsMarkedSnippetsAndFacetLinks()
    {
        var c = await Corpus();

        var response = await c.Anonymous.GetAsync("/search?q=" + Uri.EscapeDataString("减速机异响"));
        // Razor escapes Chinese as character references; read the page as a browser shows it.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("钢结构焊接工艺", html);
        Assert.Contains("<mark>异响</mark>", html);
        Assert.Contains("resourceType=Textbook", html);
        Assert.DoesNotContain("A校草稿", html);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=%E7%84%8A&page=1")]
    public async Task SearchPage_ShowsNoFalseValidationText(string url)
    {
        var c = await Corpus();

        var html = await PageAsync(c.Anonymous, url);

        Assert.DoesNotContain("不是有效的值", html);
        Assert.DoesNotContain("validation-summary-errors", html);
        // Nothing inline: the Content-Security-Policy forbids style attributes.
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task SearchPage_ResultsComeFirst_FacetsBesideThem_SortMarked()
    {
        var c = await Corpus();

        var html = await PageAsync(c.Anonymous, "/search?q=" + Uri.EscapeDataString("焊接") + "&sort=Downloads");

        Assert.True(html.IndexOf("class=\"search-results\"", StringComparison.Ordinal) < html.IndexOf("class=\"search-facets\"", StringComparison.Ordinal));
        Assert.Contains("aria-current=\"true\">下载最多</a>", html);
        var q = Uri.EscapeDataString("焊接");
        Assert.Contains($"<a href=\"/search?q={q}\">相关度</a>", html);
        Assert.Contains($"<a href=\"/search?q={q}&sort=Newest\">最新</a>", html);
    }

    [Fact]
    public async Task SearchPage_NothingFound_SaysWhatToTry()
    {
        var c = await Corpus();

        var html = await PageAsync(c.Anonymous, "/search?q=" + Uri.EscapeDataString("齿轮泵拆装") + "&resourceType=Textbook");

        Assert.Contains("没有找到含“齿轮泵拆装”的可查看的资源包。", html);
        Assert.Contains($"<a href=\"/search?q={Uri.EscapeDataString("齿轮泵拆装")}\">去掉全部筛选条件</a>", html);
    }

    [Fact]
    public async Task HomePage_HasTheSearchBox_AndOtherPagesHaveItInTheHeader()
    {
        var c = await Corpus();

        var home = await PageAsync(c.Anonymous, "/");
        var articles = await PageAsync(c.Anonymous, "/articles");

        Assert.Contains("<input id=\"home-q\" name=\"q\" type=\"search\"", home);
        Assert.DoesNotContain("id=\"site-q\"", home);
        Assert.Contains("<input id=\"site-q\" name=\"q\" type=\"search\"", articles);
    }

    private static async Task<string> PageAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor escapes Chinese as character references; read the page as a browser shows it.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SearchApiTests_Sqlite(SqliteSearchSite site) : SearchApiTests(site), IClassFixture<SqliteSearchSite>;

public sealed class SearchApiTests_PostgreSql(PostgreSqlSearchSite site) : SearchApiTests(site), IClassFixture<PostgreSqlSearchSite>;
