using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Services;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// Ranks and counts a query's matches a window of 4,096 documents at a time instead of hit by
/// hit through Lucene's scorers (40–90 ns a document across their layers at a million
/// packages). In each window, the matches are a bit set, from the visibility filter, the dense
/// body terms' bytes (vectorised) and the other parts' postings; all of them are counted for
/// the total and the facets, but scored only if the window could still place one on the page:
/// its bound (each term's score at the window's highest frequency and shortest text, plus the
/// title and metadata matches it holds) is checked against the page's lowest score so far, and
/// where only the documents with a title or metadata match can beat it, only they are scored.
/// The page is what Lucene's top-k gives (same documents, same scores up to float rounding,
/// ties in document order). Relevance order under BM25 only; sorted searches stay with Lucene.
/// </summary>
internal sealed class WindowedSearch
{
    /// <summary>Floats summed in another order than the bound's may differ in the last bits.</summary>
    private const float Margin = 1e-5f;

    private readonly Filter? _filter;
    private readonly QueryPlan _root;

    private WindowedSearch(Filter? filter, QueryPlan root) => (_filter, _root) = (filter, root);

    /// <summary>The windowed form of the query, or null where it would not be the same ranking.</summary>
    public static WindowedSearch? For(IndexSearcher searcher, Query query, Sort? sort)
    {
        if (sort is not null || searcher.Similarity is not SiteSimilarity)
        {
            return null;
        }
        var (filter, inner, boost) = query is FilteredQuery filtered ? (filtered.Filter, filtered.Query, filtered.Boost) : (null, query, 1f);
        return new WindowedSearch(filter, QueryPlan.Of(searcher, inner, boost));
    }

    /// <summary>One slice: its top documents (global ids), facet counts, and how many documents were scored.</summary>
    public (TopDocs Top, FacetCounter? Facets, int Scored) Collect(IReadOnlyList<SegmentRange> ranges, int depth, Gather gather)
    {
        var pass = new Pass(gather.HasFlag(Gather.Top) ? new TopHits(depth) : null, gather.HasFlag(Gather.Facets) ? new FacetCounter(SearchFields.Facets) : null);
        foreach (var range in ranges)
        {
            pass.Facets?.SetNextReader(range.Leaf);
            var accepted = _filter is null ? null : SegmentArrays.Filtered(_filter, range.Leaf);
            if (_filter is not null && accepted is null)
            {
                continue;
            }
            pass.Run(range, _root.Open(range.Leaf), accepted, SegmentArrays.Live(range.Leaf.AtomicReader));
        }
        pass.Facets?.Finish();
        var top = pass.Top?.ToTopDocs(pass.Total) ?? new TopDocs(pass.Total, [], float.NaN);
        return (top, pass.Facets, pass.Scored);
    }

    private sealed class Pass(TopHits? top, FacetCounter? facets)
    {
        private readonly ulong[] _candidates = new ulong[Window.Words];
        private readonly ulong[] _optional = new ulong[Window.Words];

        public TopHits? Top => top;
        public FacetCounter? Facets => facets;
        public int Total { get; private set; }
        public int Scored { get; private set; }

        public void Run(SegmentRange range, WindowNode root, ulong[]? accepted, ulong[]? live)
        {
            for (var start = range.From & ~63; start < range.To; start += Window.Size)
            {
                var window = new Window(start, Math.Max(range.From, start), Math.Min(range.To, start + Window.Size));
                if (!Candidates(window, accepted, live))
                {
                    continue;
                }
                root.Begin(window, _candidates);
                var count = 0;
                foreach (var word in root.Hits)
                {
                    count += BitOperations.PopCount(word);
                }
                if (count == 0)
                {
                    continue;
                }
                Total += count;
                if (facets is not null)
                {
                    var counting = new Counting(facets);
                    Window.ForEach(root.Hits, window.Base, ref counting);
                }
                if (top is not null && ToScore(root) is { } scored)
                {
                    var ranking = new Ranking(top, root, range.Leaf.DocBase);
                    Window.ForEach(scored, window.Base, ref ranking);
                    Scored += ranking.Count;
                }
            }
        }

        /// <summary>The window's documents that may enter the page: all, the ones with optional matches, or none.</summary>
        private ulong[]? ToScore(WindowNode root)
        {
            if (!top!.Full)
            {
                return root.Hits;
            }
            if (root.Bound() * (1 + Margin) <= top.Threshold)
            {
                return null;
            }
            if (root.BaseBound() * (1 + Margin) > top.Threshold)
            {
                return root.Hits;
            }
            Array.Clear(_optional);
            root.AddOptional(_optional);
            for (var w = 0; w < _optional.Length; w++)
            {
                _optional[w] &= root.Hits[w];
            }
            return _optional;
        }

        /// <summary>The window's visible, live documents of the range; false if none.</summary>
        private bool Candidates(in Window window, ulong[]? accepted, ulong[]? live)
        {
            var any = 0UL;
            for (var w = 0; w < Window.Words; w++)
            {
                var first = window.Base + (w << 6);
                var word = first >= window.To ? 0 : ~0UL;
                if (word != 0)
                {
                    var index = first >> 6;
                    word &= accepted is null ? ~0UL : index < accepted.Length ? accepted[index] : 0;
                    word &= live is null ? ~0UL : live[index];
                    word &= first >= window.From ? ~0UL : ~0UL << (window.From - first);
                    word &= window.To - first >= 64 ? ~0UL : (1UL << (window.To - first)) - 1;
                }
                _candidates[w] = word;
                any |= word;
            }
            return any != 0;
        }
    }

    private readonly struct Counting(FacetCounter facets) : IDocVisitor
    {
        public void Visit(int doc) => facets.Collect(doc);
    }

    private struct Ranking(TopHits top, WindowNode root, int docBase) : IDocVisitor
    {
        public int Count;

        public void Visit(int doc)
        {
            top.Offer(docBase + doc, root.Score(doc));
            Count++;
        }
    }
}
