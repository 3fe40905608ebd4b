using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ResourceHub.Search.Services;

/// <summary>
/// Counts, for every matching document, the value of each facet field from its sorted doc
/// values: ordinals are counted per segment and turned into strings once per segment.
/// </summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Count];
    private readonly int[][] _ordinals = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
            _ordinals[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var ord = _values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _ordinals[i][ord]++;
            }
        }
    }

    /// <summary>Per field, each value and how many matching documents hold it, most first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result()
    {
        Flush();
        return _counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyDictionary<string, int>)f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary());
    }

    private void Flush()
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
