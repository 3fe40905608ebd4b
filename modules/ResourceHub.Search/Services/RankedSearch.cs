using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;

namespace ResourceHub.Search.Services;

/// <summary>
/// Ranks a query's matches by relevance without scoring all of them where that provably gives
/// the same page. A broad word can match most of a million packages, and scoring each one costs
/// as much again as finding it; but a word in the title or the metadata adds far more to a
/// package's score than its body text can (BM25 caps what a term adds, however often it occurs).
/// So the packages whose title or metadata hold a word are ranked first; if the last of the page's
/// places among them scores above the ceiling of every other package
/// (<see cref="Ceiling(IndexSearcher, Query)"/>), no other package can enter the page, and the
/// rest of the matches are only counted, for the total and the facets, without scores. Otherwise,
/// or for another order than relevance, every match is ranked as before. The page is the same
/// either way: same packages, same scores, ties in document order.
/// </summary>
public static class RankedSearch
{
    /// <summary>Floats summed in another order may differ in the last bits: a margin that no real score difference falls into.</summary>
    private const float Margin = 1e-4f;

    public static CollectedHits Run(IndexSearcher searcher, RankedQuery query, Func<Query, Query> restrict, Sort? sort, int depth, int threads)
    {
        if (sort is null && query.Boosted is { } boosted && searcher.Similarity is BM25Similarity && Sparse(searcher, boosted, query.Match))
        {
            // The full score, and 0 from the condition: each candidate's score is exactly what a full pass gives it.
            var candidates = new BooleanQuery { { query.Full, Occur.MUST }, { new ConstantScoreQuery(boosted) { Boost = 0 }, Occur.MUST } };
            var top = SlicedSearch.Run(searcher, restrict(candidates), null, depth, threads, gather: Gather.Top).Top;
            if (top.ScoreDocs.Length >= depth && top.ScoreDocs[depth - 1].Score > Ceiling(searcher, query.Match) * (1 + Margin))
            {
                var all = SlicedSearch.Run(searcher, restrict(query.Match), null, depth, threads, gather: Gather.Facets);
                return new CollectedHits(new TopDocs(all.Top.TotalHits, top.ScoreDocs, top.MaxScore), all.Facets, top.TotalHits);
            }
        }
        return SlicedSearch.Run(searcher, restrict(query.Full), sort, depth, threads);
    }

    /// <summary>
    /// Whether the titled packages are few enough to rank first. Ranking them walks the body's
    /// postings lists beside theirs, so when they are more than a tenth of the matches, that
    /// walk costs about what ranking all matches does, and the count after it comes on top. The
    /// scorers' cost estimates (postings lengths) say it without reading any postings.
    /// </summary>
    private static bool Sparse(IndexSearcher searcher, Query boosted, Query match)
    {
        long Cost(Query query)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            return searcher.IndexReader.Leaves.Sum(leaf => weight.GetScorer(leaf, null)?.GetCost() ?? 0);
        }
        return Cost(boosted) * 10 < Cost(match);
    }

    /// <summary>
    /// The most a document can score from this query: BM25 scores a term or phrase below its
    /// weight times (k1 + 1) at any frequency, and a Boolean query sums its clauses (no
    /// coordination factor). Unknown kinds of query have no known ceiling.
    /// </summary>
    public static float Ceiling(IndexSearcher searcher, Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).Sum(c => Ceiling(searcher, c.Query)) * boolean.Boost,
        // The weight's value for normalisation is (idf × boost)² under BM25.
        TermQuery or CachedTermQuery or PhraseQuery => MathF.Sqrt(searcher.CreateNormalizedWeight(query).GetValueForNormalization()) * (SearchIndex.Similarity.K1 + 1),
        _ => float.PositiveInfinity,
    };
}
