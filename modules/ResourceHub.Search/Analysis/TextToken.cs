using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResourceHub.Search.Analysis;

/// <summary>One token as the index sees it, with where it sits in the original text.</summary>
public readonly record struct TextToken(string Term, string Type, int Position, int Start, int End)
{
    public bool IsUnigram => Type == ChineseAnalyzer.UnigramType;

    public bool IsBigram => Type == ChineseAnalyzer.BigramType;

    /// <summary>The tokens of <paramref name="text"/>; positions count from 0.</summary>
    public static List<TextToken> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<TextToken>();
        using var stream = analyzer.GetTokenStream("all", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new TextToken(term.ToString(), type.Type, position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
