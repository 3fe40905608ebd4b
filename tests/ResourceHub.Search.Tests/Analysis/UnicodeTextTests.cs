using ResourceHub.Core.Content;
using Xunit;

namespace ResourceHub.Search.Tests.Analysis;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("压⼒表", "压力表")]
    [InlineData("⼯⽤", "工用")]
    [InlineData("试⻋验证", "试车验证")]
    [InlineData("⻔⻓⻅⻉⻚⻛⻜⻢⻥⻦⻬⻮⻰⻳", "门长见贝页风飞马鱼鸟齐齿龙龟")]
    [InlineData("Ｇ７１　ＶＬＡＮ", "G71 VLAN")]
    [InlineData("ﬁle", "file")]
    [InlineData("检查（一）：压⼒；", "检查（一）：压力；")]
    [InlineData("\uF900", "\u8C48")]
    public void Normalize_FoldsWhatAReaderCannotTellApart(string input, string expected)
    {
        Assert.Equal(expected, UnicodeText.Normalize(input));
    }

    [Fact]
    public void Normalize_EveryAssignedSupplementRadical_BecomesAUnifiedIdeograph()
    {
        for (var c = '\u2E80'; c <= '\u2EF3'; c++)
        {
            if (c == '\u2E9A')
            {
                continue; // unassigned
            }
            var folded = UnicodeText.Normalize(c.ToString());
            Assert.True(folded is [>= '\u3400' and <= '\u9FFF'], $"U+{(int)c:X4} gave U+{(int)folded[0]:X4}");
        }
    }

    [Fact]
    public void Normalize_NormalText_IsReturnedAsItIs()
    {
        const string text = "数控车床G71粗车循环，焊接。";

        Assert.Same(text, UnicodeText.Normalize(text));
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsKeptAndTheRestFolded()
    {
        Assert.Equal("工\uD800力", UnicodeText.Normalize("⼯\uD800⼒"));
    }

    [Fact]
    public void Normalize_Seams_MapOutputOffsetsBackToTheInput()
    {
        var seams = new List<(int Start, int End, int Input)>();

        var output = UnicodeText.Normalize("㍿压⼒", (s, e, i) => seams.Add((s, e, i)));

        Assert.Equal("株式会社压力", output);
        Assert.Equal([(0, 4, 1)], seams);
    }
}
