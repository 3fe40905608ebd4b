using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ResourceHub.Search.Querying;

/// <summary>
/// A segment's norms, facet ordinals, deletions and filters as plain arrays, made once: a segment
/// never changes (a deletion makes a new reader with new live documents), and a broad search reads
/// them for most of its documents, where the packed doc-values readers cost several times an array
/// read per document.
/// </summary>
internal static class SegmentArrays
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Kind, string Field), Array?>> PerField = new();
    private static readonly ConditionalWeakTable<IBits, ulong[]> LiveCache = new();

    /// <summary>The field's norm byte per document, or null where it keeps none.</summary>
    public static byte[]? Norms(AtomicReader segment, string field) => (byte[]?)Cached(segment, "norms", field, () =>
        segment.GetNormValues(field) is { } values ? PerDocument(segment, doc => (byte)values.Get(doc)) : null);

    /// <summary>The sorted doc values' ordinal per document (-1: none).</summary>
    public static int[] Ordinals(AtomicReader segment, string field, SortedDocValues values) =>
        (int[])Cached(segment, "ordinals", field, () => PerDocument(segment, values.GetOrd))!;

    private static Array? Cached(AtomicReader segment, string kind, string field, Func<Array?> make) =>
        PerField.GetOrCreateValue(segment.CoreCacheKey).GetOrAdd((kind, field), _ => make());

    private static T[] PerDocument<T>(AtomicReader segment, Func<int, T> value)
    {
        var values = new T[segment.MaxDoc];
        for (var doc = 0; doc < values.Length; doc++)
        {
            values[doc] = value(doc);
        }
        return values;
    }

    /// <summary>The segment's live documents as bit words, or null when none is deleted.</summary>
    public static ulong[]? Live(AtomicReader segment) => segment.LiveDocs is not { } live ? null : LiveCache.GetValue(live, bits =>
    {
        var words = new ulong[(bits.Length + 63) >> 6];
        for (var doc = 0; doc < bits.Length; doc++)
        {
            if (bits.Get(doc))
            {
                words[doc >> 6] |= 1UL << doc;
            }
        }
        return words;
    });

    /// <summary>The filter's documents in this segment as bit words (the visibility filters are cached bit sets already), or null for none.</summary>
    public static ulong[]? Filtered(Filter filter, AtomicReaderContext segment)
    {
        var set = filter.GetDocIdSet(segment, null);
        if (set is FixedBitSet bits)
        {
            return Words(bits);
        }
        if (set?.GetIterator() is not { } iterator)
        {
            return null;
        }
        var built = new FixedBitSet(segment.AtomicReader.MaxDoc);
        built.Or(iterator);
        return Words(built);
    }

    /// <summary>The set's own words, not a copy: the runtime lets a long[] be read as a ulong[].</summary>
    private static ulong[] Words(FixedBitSet bits) => (ulong[])(object)bits.GetBits();
}
