using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Indexing;

namespace ResourceHub.Search.Services;

/// <summary>The top documents of a search (global doc ids), how many matched, and the facet counts over all of them.</summary>
public sealed record CollectedHits(TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>
/// One pass over the matches that ranks and counts facets together, split over the index's
/// segments so a broad query on a large index uses every core: each slice (a run of adjacent
/// segments of about equal size) ranks and counts on its own thread, and the slices' tops are
/// merged. The weight is made once from the whole index, so scores compare across slices, and
/// adjacent slices keep ties in document order, as a single pass would.
/// </summary>
public static class SlicedSearch
{
    /// <summary>Below this many documents a second thread costs more than it saves.</summary>
    public const int MinDocsToSlice = 50_000;

    public static CollectedHits Run(IndexSearcher searcher, Query query, Sort? sort, int depth, int threads, int minDocsToSlice = MinDocsToSlice)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var reader = searcher.IndexReader;
        // Twice as many slices as threads: segments differ in size, and a thread that ends early takes another slice.
        var slices = Slice(reader.Leaves, reader.MaxDoc < minDocsToSlice ? 1 : threads * 2);
        var parts = new (TopDocs Top, FacetCounter Facets)[slices.Count];
        if (slices.Count == 1)
        {
            parts[0] = Collect(weight, slices[0], sort, depth);
        }
        else
        {
            Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => parts[i] = Collect(weight, slices[i], sort, depth));
        }
        var tops = parts.Select(p => p.Top).ToArray();
        var merged = sort is null ? TopDocs.Merge(null, depth, tops) : TopDocs.Merge(sort, depth, tops.Cast<TopFieldDocs>().ToArray());
        return new CollectedHits(merged, FacetCounter.Merge(parts.Select(p => p.Facets)));
    }

    private static (TopDocs, FacetCounter) Collect(Weight weight, IList<AtomicReaderContext> leaves, Sort? sort, int depth)
    {
        var inOrder = !weight.ScoresDocsOutOfOrder;
        ITopDocsCollector top = sort is null
            ? TopScoreDocCollector.Create(depth, inOrder)
            : TopFieldCollector.Create(sort, depth, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: inOrder);
        var facets = new FacetCounter(SearchFields.Facets);
        var collector = MultiCollector.Wrap(top, facets);
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
        facets.Finish();
        return (top.GetTopDocs(), facets);
    }

    /// <summary>Adjacent segments in at most <paramref name="count"/> runs of about equal document counts.</summary>
    public static List<IList<AtomicReaderContext>> Slice(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<IList<AtomicReaderContext>> { new List<AtomicReaderContext>() };
        long seen = 0;
        foreach (var leaf in leaves)
        {
            // Start a new run once this one holds its share; the last run takes what is left.
            if (slices[^1].Count > 0 && slices.Count < count && seen >= total * slices.Count / count)
            {
                slices.Add(new List<AtomicReaderContext>());
            }
            slices[^1].Add(leaf);
            seen += leaf.AtomicReader.MaxDoc;
        }
        return slices;
    }
}
