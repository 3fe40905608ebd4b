using CsCheck;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using ResourceHub.Search.Analysis;
using Xunit;

namespace ResourceHub.Search.Tests.Analysis;

/// <summary>
/// The index's own lower-case and bigram filters are there for speed only: for any text they give
/// exactly the tokens (terms, types, offsets, position increments and lengths) that Lucene's
/// LowerCaseFilter and CJKBigramFilter give, so the index means what it meant before.
/// </summary>
public sealed class FastFiltersPropertyTests
{
    private static readonly ChineseAnalyzer Fast = new();
    private static readonly Analyzer Lucene = new LuceneFilters();

    /// <summary>Han, kana and hangul runs broken by Latin words, digits, punctuation, spaces, capitals of other scripts and surrogates.</summary>
    private static readonly Gen<char> Characters = Gen.OneOf(
        Gen.Char['\u4e00', '\u9fa5'],
        Gen.Char['\u4e00', '\u4e10'],
        Gen.Char['\u3041', '\u3096'],
        Gen.Char['\u30a1', '\u30fa'],
        Gen.Char['\uac00', '\uac20'],
        Gen.Char.AlphaNumeric,
        Gen.Char['\u0391', '\u03c9'],
        Gen.Char['\u0400', '\u044f'],
        Gen.OneOf<char>(' ', '，', '。', '、', '-', '.', '_', '\'', 'Ｇ', 'ｇ', '７', '㍿', '⼯', '\u01c5', 'Ⅻ', 'Ⓐ', '\ud840', '\udc00', '\u0301'),
        Gen.Char);

    [Fact]
    public void Analyse_AnyText_GivesLucenesTokens()
    {
        Gen.String[Characters, 0, 200].Sample(text => Assert.Equal(Tokens(Lucene, text), Tokens(Fast, text)), iter: 3000);
    }

    [Fact]
    public void Analyse_LongHanRun_KeepsEveryBigramPastTheCompaction()
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('\u4e00' + i % 50)));

        Assert.Equal(Tokens(Lucene, text), Tokens(Fast, text));
    }

    /// <summary>Every token with its type, offsets, increment and length, then the final offset and increment.</summary>
    internal static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("all", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}|{type.Type}|{offset.StartOffset}-{offset.EndOffset}|+{increment.PositionIncrement}|{length.PositionLength}");
        }
        stream.End();
        tokens.Add($"end {offset.EndOffset} +{increment.PositionIncrement}");
        return tokens;
    }

    /// <summary>The analyzer as it was built before: the same tokenizer and char filter, Lucene's own filters.</summary>
    private sealed class LuceneFilters : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(ChineseAnalyzer.Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(ChineseAnalyzer.Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams: true);
            return new TokenStreamComponents(source, stream);
        }
    }
}
