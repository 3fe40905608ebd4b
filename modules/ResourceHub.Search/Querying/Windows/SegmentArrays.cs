using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// A segment's norms, deletions and filters as plain arrays, made once: a segment never changes
/// (a deletion makes a new reader with new live documents), and a broad search reads them for
/// most of its documents.
/// </summary>
internal static class SegmentArrays
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> NormCache = new();
    private static readonly ConditionalWeakTable<IBits, ulong[]> LiveCache = new();

    /// <summary>The field's norm byte per document, or null where it keeps none.</summary>
    public static byte[]? Norms(AtomicReader segment, string field) =>
        NormCache.GetOrCreateValue(segment.CoreCacheKey).GetOrAdd(field, _ =>
        {
            if (segment.GetNormValues(field) is not { } values)
            {
                return null;
            }
            var norms = new byte[segment.MaxDoc];
            for (var doc = 0; doc < norms.Length; doc++)
            {
                norms[doc] = (byte)values.Get(doc);
            }
            return norms;
        });

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
