using ResourceHub.Search.Tests.Support;
using ResourceHub.Testing;
using Xunit;
using static ResourceHub.Search.Tests.Support.SearchNode;

namespace ResourceHub.Search.Tests.Api;

/// <summary>A PDF printed by a browser maps its glyphs to radicals: what the reader sees still finds it.</summary>
public sealed class RadicalFormsSearchTests(SqliteSearchSite site) : IClassFixture<SqliteSearchSite>
{
    [Fact]
    public async Task Search_WordsAReaderSees_FindThePdfWhoseTextLayerHasRadicalForms()
    {
        var teacher = await site.Node.NewTeacherAsync();
        var id = await SearchCorpus.CreateAsync(teacher, "设备点检工作页", "日常点检。", "0104", "WorkPage", null, []);
        // 压⼒表 (Kangxi ⼒), ⼯作 and ⽤ (Kangxi), 试⻋ (supplement ⻋): the text layer, not the page.
        await teacher.UploadAsync(id, "点检记录.pdf", SamplePdf.WithMappedText("开机前检查压⼒表读数，⼯作中⽤⼿触摸油管，完成试⻋验证。"), "application/pdf");
        await site.Node.PublishAsync(teacher, id);
        var anonymous = site.Node.Api();

        var pressure = await SearchUntilAsync(anonymous, "q=" + Uri.EscapeDataString("压力表"), r => Ids(r).Contains(id));
        var trial = await SearchAsync(anonymous, "q=" + Uri.EscapeDataString("\"试车验证\""));

        Assert.Contains("<mark>压力表</mark>", pressure["items"]![0]!["snippet"]!.GetValue<string>());
        Assert.Equal([id], Ids(trial));
        Assert.Equal([id], Ids(await SearchAsync(anonymous, "q=" + Uri.EscapeDataString("⼯作"))));
    }
}
