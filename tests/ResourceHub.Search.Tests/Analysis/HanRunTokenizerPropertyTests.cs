using CsCheck;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using ResourceHub.Search.Analysis;
using Xunit;

namespace ResourceHub.Search.Tests.Analysis;

/// <summary>
/// <see cref="HanRunTokenizer"/> emits plain Han runs itself for speed only: for any text the
/// analyzer gives exactly the tokens (terms, types, offsets, increments, lengths, final offset and
/// increment) of the word chain run over the whole text, so the index means what it meant before.
/// </summary>
public sealed class HanRunTokenizerPropertyTests
{
    private static readonly ChineseAnalyzer Analyzer = new();
    private static readonly Analyzer WholeText = new WordChainOverWholeText();

    /// <summary>
    /// Pieces that meet Han runs at their edges: the ends of the common ranges and of Extension A,
    /// Extension B as pairs and lone halves, combining marks and variation selectors after Han, kana
    /// (full and half width), hangul, Latin, digits, ASCII and CJK punctuation, full-width forms,
    /// forms NFKC widens (㈠ → (一), ㍿), format characters, and words too long to index.
    /// </summary>
    private static readonly Gen<string> Pieces = Gen.Frequency(
        (12, Gen.String[Gen.Char['\u4e00', '\u4e40'], 1, 12]),
        (6, Gen.String[Gen.Char['\u4e00', '\u9fa5'], 1, 6]),
        (3, Gen.OneOf<string>("\u4e00", "\u9fcb", "\u9fcc", "\u9fcd", "\u9fd5", "\u9fff", "\u3400", "\u4db5", "\u4db6", "\u4dc0", "\u3005", "\u3006", "\u3007", "\u303b")),
        (2, Gen.OneOf<string>("\ud840\udc00", "\ud869\udede", "\ud840", "\udc00", "\u0301", "\u302a", "\ufe00", "\ufe0f", "\udb40\udd00", "\u200d", "\u00ad", "\u200e", "\u200b")),
        (3, Gen.String[Gen.Char['\u3041', '\u3096'], 1, 3]),
        (3, Gen.String[Gen.Char['\u30a1', '\u30fa'], 1, 3]),
        (1, Gen.OneOf<string>("ｶﾞ", "ｱ", "ﾞ", "ー", "\u3031", "\u309b")),
        (2, Gen.String[Gen.Char['\uac00', '\uac20'], 1, 3]),
        (4, Gen.String[Gen.Char.AlphaNumeric, 1, 6]),
        (8, Gen.OneOf<string>(" ", ",", ".", "-", "_", "'", ":", "\n", "，", "。", "、", "《", "》", "“", "”", "…", "—", "·", "\u3000", "\u3003", "\u301c", "\u2019", "\u2027",
            "：", "；", "（", "）", "！", "？", "＿", "～", "．", "＇", "\uff60", "\uff61")),
        (2, Gen.OneOf<string>("Ｇ", "ｇ", "７", "Ｚ", "ａ", "０", "！", "㍿", "⼯", "㈠", "㋀", "\u01c5", "Ⅻ", "Ⓐ", "Ä", "é", "ß")),
        (1, Gen.Int[250, 300].Select(n => new string('x', n))),
        (1, Gen.Char.Select(c => c.ToString())));

    [Fact]
    public void Analyse_AnyText_GivesTheWordChainsTokens()
    {
        Pieces.Array[0, 60].Select(string.Concat).Sample(
            text => Assert.Equal(FastFiltersPropertyTests.Tokens(WholeText, text), FastFiltersPropertyTests.Tokens(Analyzer, text)),
            iter: 5000);
    }

    [Theory]
    [InlineData("焊接工艺")]
    [InlineData("焊接工艺，检查G71指令。")]
    [InlineData("焊接：Ｇ７１＿指令；焊接（工艺）")]
    [InlineData("焊\u0301接工艺")]
    [InlineData("焊接工艺\u0301")]
    [InlineData("ア焊接工艺カ")]
    [InlineData("㈠焊接ア")]
    [InlineData("焊接㈠工艺")]
    [InlineData("焊接 ｶﾞ焊接")]
    [InlineData("焊接\ud840\udc00焊接")]
    public void Analyse_RunsAgainstTheirNeighbours_GivesTheWordChainsTokens(string text)
    {
        Assert.Equal(FastFiltersPropertyTests.Tokens(WholeText, text), FastFiltersPropertyTests.Tokens(Analyzer, text));
    }

    [Fact]
    public void Analyse_ManyValuesInARow_StartsEachAfresh()
    {
        // The analyzer's components are reused value after value: a value must not see the last one's state.
        foreach (var text in new[] { "焊接ア", "G71焊接工艺", "", "工艺" + new string('x', 300), "焊接" })
        {
            Assert.Equal(FastFiltersPropertyTests.Tokens(WholeText, text), FastFiltersPropertyTests.Tokens(Analyzer, text));
        }
    }

    /// <summary>The analysis as it was before the tokenizer: the word chain over the whole normalised text.</summary>
    private sealed class WordChainOverWholeText : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(ChineseAnalyzer.Version, reader);
            return new TokenStreamComponents(source, ChineseAnalyzer.WordChain(source));
        }
    }
}
