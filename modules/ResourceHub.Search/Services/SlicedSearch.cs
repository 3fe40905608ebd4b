using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying.Windows;

namespace ResourceHub.Search.Services;

/// <summary>
/// The top documents of a search (global doc ids), how many matched, the facet counts over all of
/// them (none when not asked), and how many documents were scored to find the top.
/// </summary>
public sealed record CollectedHits(TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, int Ranked);

/// <summary>What a pass over the matches gathers: the top documents, the facet counts, or both; the total always.</summary>
[Flags]
public enum Gather
{
    Count = 0,
    Top = 1,
    Facets = 2,
    TopAndFacets = Top | Facets,
}

/// <summary>A run of one segment's documents, <see cref="From"/> included, <see cref="To"/> not.</summary>
public readonly record struct SegmentRange(AtomicReaderContext Leaf, int From, int To);

/// <summary>
/// One pass over the matches that ranks and counts facets together, split into slices of equal
/// document ranges so a broad query on a large index keeps every core busy, however unequal its
/// segments: each slice ranks and counts on its own thread, and the slices' tops are merged. The
/// weight is made once from the whole index, so scores compare across slices, and the slices are
/// in document order, so ties keep document order, as a single pass would.
/// </summary>
public static class SlicedSearch
{
    /// <summary>Below this many documents a second thread costs more than it saves.</summary>
    public const int MinDocsToSlice = 50_000;

    public static CollectedHits Run(IndexSearcher searcher, Query query, Sort? sort, int depth, int threads, int minDocsToSlice = MinDocsToSlice, Gather gather = Gather.TopAndFacets)
    {
        var windowed = WindowedSearch.For(searcher, query, sort);
        var weight = windowed is null ? searcher.CreateNormalizedWeight(query) : null;
        var reader = searcher.IndexReader;
        var slices = Slice(reader.Leaves, reader.MaxDoc < minDocsToSlice ? 1 : SliceCount(reader.MaxDoc, threads));
        var parts = new (TopDocs Top, FacetCounter? Facets, int Scored)[slices.Count];
        void Part(int i) => parts[i] = windowed?.Collect(slices[i], depth, gather) ?? Collect(weight!, slices[i], sort, depth, gather);
        if (slices.Count == 1)
        {
            Part(0);
        }
        else
        {
            Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, Part);
        }
        var tops = parts.Select(p => p.Top).ToArray();
        var merged = !gather.HasFlag(Gather.Top) ? new TopDocs(tops.Sum(t => t.TotalHits), [], float.NaN)
            : sort is null ? TopDocs.Merge(null, depth, tops)
            : TopDocs.Merge(sort, depth, tops.Cast<TopFieldDocs>().ToArray());
        var facets = gather.HasFlag(Gather.Facets) ? FacetCounter.Merge(parts.Select(p => p.Facets!)) : new Dictionary<string, IReadOnlyDictionary<string, int>>();
        return new CollectedHits(merged, facets, parts.Sum(p => p.Scored));
    }

    /// <summary>
    /// A slice per 250,000 documents, from two to eight a thread: a thread that starts late (woken
    /// from the pool) leaves the other a slice to go on with, while each slice opens its parts'
    /// scorers once per segment it touches. At a million packages, with the windowed pass, 4, 8
    /// and 32 slices gave p50 16.1, 17.1 and 19.4 ms and 29.6, 31.1 and 36.7 ms of CPU a page.
    /// </summary>
    private static int SliceCount(int docs, int threads) => Math.Clamp(docs / 250_000, threads * 2, threads * 8);

    private static (TopDocs, FacetCounter?, int) Collect(Weight weight, IReadOnlyList<SegmentRange> ranges, Sort? sort, int depth, Gather gather)
    {
        // Ranges are walked with the in-order scorer, whatever the query would allow.
        ICollector? top = !gather.HasFlag(Gather.Top) ? null
            : sort is null ? TopScoreDocCollector.Create(depth, docsScoredInOrder: true)
            : TopFieldCollector.Create(sort, depth, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var count = top is null ? new TotalHitCountCollector() : null;
        var facets = gather.HasFlag(Gather.Facets) ? new FacetCounter(SearchFields.Facets) : null;
        var collector = MultiCollector.Wrap(top ?? count, facets);
        foreach (var (leaf, from, to) in ranges)
        {
            collector.SetNextReader(leaf);
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }
            collector.SetScorer(scorer);
            for (var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from); doc < to; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
            }
        }
        facets?.Finish();
        var topDocs = top is ITopDocsCollector ranked ? ranked.GetTopDocs() : new TopDocs(count!.TotalHits, [], float.NaN);
        return (topDocs, facets, top is null ? 0 : topDocs.TotalHits);
    }

    /// <summary>The index's documents in at most <paramref name="count"/> runs of equal length, in document order; a run may cross segments and a segment may be split.</summary>
    public static List<IReadOnlyList<SegmentRange>> Slice(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var length = Math.Max(1, (total + count - 1) / count);
        var slices = new List<IReadOnlyList<SegmentRange>>();
        var current = new List<SegmentRange>();
        long filled = 0;
        foreach (var leaf in leaves)
        {
            var from = 0;
            var maxDoc = leaf.AtomicReader.MaxDoc;
            while (from < maxDoc)
            {
                var take = (int)Math.Min(maxDoc - from, length - filled);
                current.Add(new SegmentRange(leaf, from, from + take));
                from += take;
                filled += take;
                if (filled == length)
                {
                    slices.Add(current);
                    current = [];
                    filled = 0;
                }
            }
        }
        if (current.Count > 0 || slices.Count == 0)
        {
            slices.Add(current);
        }
        return slices;
    }
}
