using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Zone.Tests.Api;

/// <summary>The demo site's two plans read as their sources mean them, dated as issued.</summary>
public sealed class PolicyPagesTests(PolicyPagesTests.DemoSite site) : IClassFixture<PolicyPagesTests.DemoSite>
{
    public sealed class DemoSite : SqliteSite
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("ResourceHub:Setup:Recipe", "demo")];
    }

    [Fact]
    public async Task Plans_HaveNoRecognitionErrors_NoPageNumbers()
    {
        foreach (var (id, _) in await PoliciesAsync())
        {
            var page = await site.Api().PageAsync($"/articles/{id}");
            var body = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
            foreach (var wrong in new[] { "推劢", "丏业", "讣可", "丼措", "幵", "仸", "劣", "组细", "绅则", "<p>3</p>", "<p>7</p>", "﹔" })
            {
                Assert.DoesNotContain(wrong, body);
            }
        }
        var national = await PageOfAsync("人社部：推进技工院校工学一体化技能人才培养模式实施方案");
        Assert.Contains("《关于推动现代职业教育高质量发展的意见》", national);
        Assert.Contains("试点专业31个、试点院校191所", national);
        Assert.Contains("得到用人单位的认可", national);
        Assert.Contains("务实举措", national);
        Assert.Contains("落实《技工院校教材管理工作实施细则》", national);
        Assert.Contains("（十三）加强组织领导", national);
    }

    [Fact]
    public async Task InnerMongoliaPlan_CarriesItsOwnDate_AndItsParts()
    {
        var page = await PageOfAsync("内蒙古自治区推进技工院校工学一体化技能人才培养模式实施方案");

        Assert.Contains("政策文件</a> · 2022年6月30日", page);
        Assert.Contains("内人社办发〔2022〕111号", page);
        Assert.Contains("<strong>关于印发《内蒙古自治区推进技工院校工学一体化技能人才培养模式实施方案》的通知</strong>", page);
        Assert.Contains("（二）第二阶段（2023年9月—2024年12月）", page);
    }

    private async Task<List<(Guid Id, string Title)>> PoliciesAsync()
    {
        var list = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/articles?kind=Policy"), HttpStatusCode.OK);
        return list.AsArray().Select(a => (a!["id"]!.GetValue<Guid>(), a["title"]!.GetValue<string>())).ToList();
    }

    private async Task<string> PageOfAsync(string title) =>
        await site.Api().PageAsync($"/articles/{(await PoliciesAsync()).Single(p => p.Title == title).Id}");
}
