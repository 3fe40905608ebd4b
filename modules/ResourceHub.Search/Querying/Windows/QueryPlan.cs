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

    public static QueryPlan Of(IndexSearcher searcher, Query query, float boost)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT))
        {
            var inner = boost * boolean.Boost;
            QueryPlan[] Parts(Occur occur) => boolean.Clauses.Where(c => c.Occur == occur).Select(c => Of(searcher, c.Query, inner)).ToArray();
            return new BooleanPlan(Parts(Occur.MUST), Parts(Occur.SHOULD), Parts(Occur.MUST_NOT), boolean.MinimumNumberShouldMatch);
        }
        switch (query)
        {
            // A facet filter is a constant score over a term: the term's matches, compared 64 at a time where dense.
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantPlan(Of(searcher, inner, 1f), constant.Boost * boost);
            case MatchAllDocsQuery:
                return new ConstantPlan(null, query.Boost * boost);
        }
        var part = (Query)query.Clone();
        part.Boost = query.Boost * boost;
        var weight = searcher.CreateNormalizedWeight(part);
        return weight is CachedTermQuery.CachedTermWeight term && searcher.Similarity is SiteSimilarity similarity
            ? new LeafPlan(weight, term.Query is CachedTermQuery q ? q.Term.Field : null, similarity.Scoring(term.FieldStatistics, term.TermStatistics, part.Boost))
            : new LeafPlan(weight, null, null);
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

    /// <summary>A weight's scorer; a term's bytes where the cache holds them for this segment, scored from arrays.</summary>
    private sealed class LeafPlan(Weight weight, string? field, SiteSimilarity.TermScoring? scoring) : QueryPlan
    {
        public override WindowNode Open(AtomicReaderContext segment)
        {
            // Candidates carry deletions and visibility, so the scorer need not check them again.
            var scorer = weight.GetScorer(segment, null);
            return scorer is CachedTermQuery.DenseScorer dense && scoring is not null
                ? new DenseNode(dense.Postings, scoring, SegmentArrays.Norms(segment.AtomicReader, field!))
                : new IteratorNode(scorer);
        }
    }
}
