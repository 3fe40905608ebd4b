using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// A query taken apart for <see cref="WindowedSearch"/>, once per search: Boolean queries into
/// their clauses, every other query into a weight made with the boosts of the Boolean queries
/// above it. Under BM25 a Boolean query's score is the plain sum of its clauses' (query norm and
/// coordination factor are 1), so the parts score exactly what the whole would.
/// </summary>
internal abstract class QueryPlan
{
    /// <summary>This part's evaluator for one segment, on the calling thread.</summary>
    public abstract WindowNode Open(AtomicReaderContext segment);

    public static QueryPlan Of(IndexSearcher searcher, Query query, float boost) => query switch
    {
        BooleanQuery boolean when boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT) => Boolean(searcher, boolean, boost * boolean.Boost),
        // A facet filter is a constant score over a term: the term's matches, compared 64 at a time where dense.
        ConstantScoreQuery { Query: { } inner } constant => new ConstantPlan(Of(searcher, inner, 1f), constant.Boost * boost),
        MatchAllDocsQuery => new ConstantPlan(null, query.Boost * boost),
        _ => Leaf(searcher, query, boost),
    };

    private static BooleanPlan Boolean(IndexSearcher searcher, BooleanQuery boolean, float boost)
    {
        QueryPlan[] Parts(Occur occur) => boolean.Clauses.Where(c => c.Occur == occur).Select(c => Of(searcher, c.Query, boost)).ToArray();
        return new BooleanPlan(Parts(Occur.MUST), Parts(Occur.SHOULD), Parts(Occur.MUST_NOT), boolean.MinimumNumberShouldMatch);
    }

    private static QueryPlan Leaf(IndexSearcher searcher, Query query, float boost)
    {
        var part = (Query)query.Clone();
        part.Boost = query.Boost * boost;
        var weight = searcher.CreateNormalizedWeight(part);
        return weight is CachedTermQuery.CachedTermWeight term && searcher.Similarity is SiteSimilarity similarity
            ? new TermPlan(term, similarity.Scoring(term.FieldStatistics, term.TermStatistics, part.Boost))
            : new LeafPlan(weight);
    }

    private sealed class BooleanPlan(QueryPlan[] required, QueryPlan[] optional, QueryPlan[] prohibited, int minShould) : QueryPlan
    {
        public override WindowNode Open(AtomicReaderContext segment) => new BooleanNode(
            Open(required, segment), Open(optional, segment), Open(prohibited, segment), minShould);

        private static WindowNode[] Open(QueryPlan[] parts, AtomicReaderContext segment) => Array.ConvertAll(parts, p => p.Open(segment));
    }

    /// <summary>Every candidate, or the matches of <paramref name="matches"/>, each scoring the same.</summary>
    private sealed class ConstantPlan(QueryPlan? matches, float score) : QueryPlan
    {
        public override WindowNode Open(AtomicReaderContext segment) => new ConstantNode(matches?.Open(segment), score);
    }

    /// <summary>Any other query, through its weight's scorer.</summary>
    private sealed class LeafPlan(Weight weight) : QueryPlan
    {
        // Candidates carry deletions and visibility, so the scorer need not check them again.
        public override WindowNode Open(AtomicReaderContext segment) => new IteratorNode(weight.GetScorer(segment, null));
    }

    /// <summary>A term: its bytes where the cache holds them for this segment, scored from arrays; else its postings.</summary>
    private sealed class TermPlan(CachedTermQuery.CachedTermWeight weight, SiteSimilarity.TermScoring scoring) : QueryPlan
    {
        public override WindowNode Open(AtomicReaderContext segment) => weight.GetScorer(segment, null) switch
        {
            CachedTermQuery.DenseScorer dense => new DenseNode(dense.Postings, scoring, SegmentArrays.Norms(segment.AtomicReader, weight.FieldStatistics.Field)),
            var other => new IteratorNode(other),
        };
    }
}
