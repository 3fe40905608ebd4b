using ResourceHub.Search.Analysis;
using Xunit;

namespace ResourceHub.Search.Tests.Analysis;

public sealed class ChineseAnalyzerTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    private static List<string> Terms(string text) => TextToken.Read(Analyzer, text).Select(t => t.Term).ToList();

    [Fact]
    public void Read_HanText_GivesUnigramsAndBigrams()
    {
        var tokens = TextToken.Read(Analyzer, "焊接工艺");

        Assert.Equal(["焊", "接", "工", "艺"], tokens.Where(t => t.IsUnigram).Select(t => t.Term));
        Assert.Equal(["焊接", "接工", "工艺"], tokens.Where(t => t.IsBigram).Select(t => t.Term));
    }

    [Fact]
    public void Read_SingleHanCharacter_GivesItsUnigram()
    {
        Assert.Equal(["焊"], Terms("焊"));
    }

    [Fact]
    public void Read_CodesInsideChineseText_StayWholeAndLowercase()
    {
        var terms = Terms("使用G71指令粗车，故障码P0171，划分VLAN");

        Assert.Contains("g71", terms);
        Assert.Contains("p0171", terms);
        Assert.Contains("vlan", terms);
        Assert.Contains("指令", terms);
    }

    [Fact]
    public void Read_FullWidthForms_FoldToHalfWidth()
    {
        Assert.Equal(Terms("G71 VLAN 2024"), Terms("Ｇ７１　ＶＬＡＮ　２０２４"));
    }

    [Fact]
    public void Read_BigramsSitAtTheirFirstCharactersPosition()
    {
        var tokens = TextToken.Read(Analyzer, "数控车床");

        var unigramPositions = tokens.Where(t => t.IsUnigram).Select(t => t.Position).ToList();
        Assert.Equal([0, 1, 2, 3], unigramPositions);
        Assert.Equal(0, tokens.Single(t => t.Term == "数控").Position);
    }

    [Fact]
    public void Read_Offsets_PointAtTheOriginalCharacters()
    {
        const string text = "检查减速机异响";
        var bigram = TextToken.Read(Analyzer, text).Single(t => t.Term == "异响");

        Assert.Equal("异响", text[bigram.Start..bigram.End]);
    }

    [Fact]
    public void Read_PunctuationAndEmoji_GiveNoTermsOfTheirOwn()
    {
        Assert.Empty(Terms("，。！？“”（）"));
        Assert.DoesNotContain(Terms("焊接🔥"), t => t.Contains("🔥", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_KangxiAndSupplementRadicals_FoldToTheIdeographsAReaderSees()
    {
        // A browser-printed PDF's text layer: ⼒ (U+2F12), ⼯ ⽤ (Kangxi), ⻓ ⻔ (CJK Radicals Supplement).
        Assert.Equal(Terms("压力表 工作用 长门"), Terms("压⼒表 ⼯作⽤ ⻓⻔"));
    }

    [Fact]
    public void Read_OffsetsAfterAnExpandingCharacter_StillPointAtTheOriginal()
    {
        // NFKC turns ㍿ into four characters; the offsets of what follows must not move.
        const string text = "㍿检查压⼒表";
        var bigram = TextToken.Read(Analyzer, text).Single(t => t.Term == "力表");

        Assert.Equal("⼒表", text[bigram.Start..bigram.End]);
    }
}
