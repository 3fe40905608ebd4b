using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Util;

namespace ResourceHub.Search.Analysis;

/// <summary>
/// Chinese without a dictionary: the standard tokenizer cuts Han text into single characters
/// and keeps Latin words, numbers and codes (G71, P0171) whole; full-width forms are folded to
/// their ASCII twins (before any of it, <see cref="NormalizingCharFilter"/> applies NFKC and folds
/// Kangxi and supplement radicals to their ideographs); then every Han character is kept as a unigram (so 焊 alone finds 焊接)
/// and each adjacent pair is added as a bigram at the same position (so 焊接 ranks above 焊…接).
/// </summary>
public sealed class ChineseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Token types the bigram filter gives; <see cref="QueryTerms"/> tells words apart by them.</summary>
    public const string UnigramType = "<SINGLE>";
    public const string BigramType = "<DOUBLE>";

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new HanRunTokenizer(reader);
        return new TokenStreamComponents(source);
    }

    /// <summary>
    /// The analysis itself: standard tokens, width folded, lower-cased, Han paired. <see cref="HanRunTokenizer"/>
    /// gives its tokens, doing plain Han runs itself and handing it the rest.
    /// </summary>
    public static TokenStream WordChain(Tokenizer source)
    {
        TokenStream stream = new CJKWidthFilter(source);
        stream = new FastLowerCaseFilter(stream);
        return new HanBigramFilter(stream);
    }

    /// <summary>Values of a multi-valued field (title, body, tags) never form a phrase across their seams.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
