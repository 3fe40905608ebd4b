using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ResourceHub.Search.Querying;

namespace ResourceHub.Search.Services;

/// <summary>
/// Counts, for every matching document, the value of each facet field from its sorted doc
/// values: ordinals are counted per segment and turned into strings once per segment. A
/// segment's ordinals are read from plain arrays (<see cref="SegmentArrays"/>), because a
/// broad query visits most documents.
/// </summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly int[]?[] _docOrdinals = new int[]?[fields.Count];

    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Count];
    private readonly int[][] _ordinals = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        for (var i = 0; i < fields.Count; i++)
        {
            var values = context.AtomicReader.GetSortedDocValues(fields[i]);
            _values[i] = values;
            _ordinals[i] = new int[values?.ValueCount ?? 0];
            _docOrdinals[i] = values is null ? null : SegmentArrays.Ordinals(context.AtomicReader, fields[i], values);
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _docOrdinals.Length; i++)
        {
            if (_docOrdinals[i] is { } ords && ords[doc] >= 0)
            {
                _ordinals[i][ords[doc]]++;
            }
        }
    }

    /// <summary>Per field, each value and how many matching documents hold it in all these counters (one per slice), most first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Merge(IEnumerable<FacetCounter> counters)
    {
        var all = counters.ToList();
        return all[0]._counts.Keys.ToDictionary(
            field => field,
            field => (IReadOnlyDictionary<string, int>)all.SelectMany(c => c._counts[field])
                .GroupBy(v => v.Key, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Count: g.Sum(v => v.Value)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToDictionary(v => v.Value, v => v.Count));
    }

    /// <summary>
    /// Turns the last segment's ordinals into values. Call it on the thread that collected: a
    /// segment's doc values belong to the thread that asked for them, and a searching thread
    /// goes on to serve other searches.
    /// </summary>
    public void Finish()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }
            var counts = _counts[fields[i]];
            for (var ord = 0; ord < _ordinals[i].Length; ord++)
            {
                if (_ordinals[i][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    counts[key] = counts.GetValueOrDefault(key) + _ordinals[i][ord];
                }
            }
            _values[i] = null;
        }
    }
}
