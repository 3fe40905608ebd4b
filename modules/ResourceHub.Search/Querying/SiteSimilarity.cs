using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ResourceHub.Search.Querying;

/// <summary>
/// Lucene's BM25, with the two numbers its term scorer computes and keeps to itself: a term's
/// weight and the length factor of each norm byte. With them a windowed search scores a document
/// from plain arrays, in the same float operations and order as <c>BM25DocScorer</c>, so the
/// scores are Lucene's own.
/// </summary>
public sealed class SiteSimilarity : BM25Similarity
{
    /// <summary>A term's score for a frequency and a norm byte: <c>weight × freq / (freq + lengths[norm])</c>; a field without norms uses k1.</summary>
    public sealed record TermScoring(float Weight, float[] Lengths, float K1)
    {
        public float Score(float freq, byte norm) => Weight * freq / (freq + Lengths[norm]);

        public float ScoreWithoutNorms(float freq) => Weight * freq / (freq + K1);
    }

    /// <summary>What <c>ComputeWeight</c>, <c>Normalize(1, 1)</c> and the doc scorer make of a term under this boost (query norm is 1 under BM25).</summary>
    public TermScoring Scoring(CollectionStatistics field, TermStatistics term, float boost)
    {
        var average = AvgFieldLength(field);
        var lengths = new float[256];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / average);
        }
        var weight = Idf(term.DocFreq, field.MaxDoc) * boost;
        return new TermScoring(weight * (K1 + 1), lengths, K1);
    }
}
