using ResourceHub.Search.Analysis;
using ResourceHub.Search.Querying;
using Xunit;

namespace ResourceHub.Search.Tests.Querying;

public sealed class SnippetMakerTests
{
    private static readonly ChineseAnalyzer Analyzer = new();
    private readonly SnippetMaker _snippets = new(Analyzer, length: 40);

    private string? Snippet(string query, string text) =>
        _snippets.Make(text, QueryBuilder.Build(UserQuery.Parse(query), Analyzer).Highlights);

    [Fact]
    public void Make_RunTogetherQuery_MarksTheWordsWhereTheyStand()
    {
        var snippet = Snippet("减速机异响", "减速机在运行中出现异响时，应先停机。");

        Assert.Equal("<mark>减速机</mark>在运行中出现<mark>异响</mark>时，应先停机。", snippet);
    }

    [Fact]
    public void Make_WordHundredsOfTimes_ShowsThePlaceWhereAllTermsMeet()
    {
        var text = string.Concat(Enumerable.Repeat("焊工练习平焊。", 300)) + "检查焊缝气孔。" + string.Concat(Enumerable.Repeat("焊工练习立焊。", 300));

        var snippet = Snippet("焊 气孔", text);

        Assert.NotNull(snippet);
        Assert.Contains("<mark>气孔</mark>", snippet);
        Assert.Contains("<mark>焊</mark>", snippet);
    }

    [Fact]
    public void Make_Code_MarksItWhole()
    {
        Assert.Equal("粗车循环用 <mark>G71</mark> 指令", Snippet("g71", "粗车循环用 G71 指令"));
    }

    [Fact]
    public void Make_SingleCharacter_MarksEachOccurrence()
    {
        Assert.Equal("<mark>焊</mark>条与<mark>焊</mark>丝", Snippet("焊", "焊条与焊丝"));
    }

    [Fact]
    public void Make_FullWidthText_MarksTheOriginalCharacters()
    {
        Assert.Equal("使用<mark>Ｇ７１</mark>指令", Snippet("G71", "使用Ｇ７１指令"));
    }

    [Fact]
    public void Make_Html_IsEscaped()
    {
        Assert.Equal("&lt;b&gt;<mark>焊接</mark>&lt;/b&gt;", Snippet("焊接", "<b>焊接</b>"));
    }

    [Fact]
    public void Make_MatchFarIn_ShowsAWindowAroundIt()
    {
        var text = new string('甲', 300) + "故障码P0171表示混合气过稀" + new string('乙', 300);

        var snippet = Snippet("P0171", text)!;

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>P0171</mark>", snippet);
    }

    [Fact]
    public void Make_NoMatch_IsNull()
    {
        Assert.Null(Snippet("液压", "焊接工艺"));
    }
}
