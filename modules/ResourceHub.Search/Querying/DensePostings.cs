using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Caching.Memory;

namespace ResourceHub.Search.Querying;

/// <summary>
/// One term's frequency in every document of one segment, a byte each (0: absent), with the rare
/// frequencies of 255 and more kept beside. A segment never changes, so this stays true for as
/// long as the segment lives; deleted and invisible documents are skipped when it is read.
/// </summary>
public sealed class DensePostings
{
    private readonly byte[] _freqs;
    private readonly FrozenDictionary<int, int> _large;

    private DensePostings(byte[] freqs, FrozenDictionary<int, int> large, int docFreq)
    {
        _freqs = freqs;
        _large = large;
        DocFreq = docFreq;
    }

    public int MaxDoc => _freqs.Length;

    public int DocFreq { get; }

    /// <summary>The frequency bytes themselves (255: look up <see cref="Freq"/>), for scans over a run of documents.</summary>
    internal ReadOnlySpan<byte> Bytes => _freqs;

    public int Freq(int doc) => _freqs[doc] == byte.MaxValue ? _large[doc] : _freqs[doc];

    /// <summary>The first document at or after <paramref name="doc"/> that holds the term.</summary>
    public int Next(int doc)
    {
        // A dense term is usually in the very next document: no scan for it.
        if (_freqs[doc] != 0)
        {
            return doc;
        }
        var found = _freqs.AsSpan(doc).IndexOfAnyExcept((byte)0);
        return found < 0 ? DocIdSetIterator.NO_MORE_DOCS : doc + found;
    }

    /// <summary>Reads the term's whole postings list once (the enumerator is positioned on the term).</summary>
    public static DensePostings Read(int maxDoc, TermsEnum term)
    {
        var freqs = new byte[maxDoc];
        var large = new Dictionary<int, int>();
        var docs = term.Docs(null, null, DocsFlags.FREQS);
        var count = 0;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            var freq = docs.Freq;
            freqs[doc] = (byte)Math.Min(freq, byte.MaxValue);
            if (freq >= byte.MaxValue)
            {
                large[doc] = freq;
            }
            count++;
        }
        return new DensePostings(freqs, large.ToFrozenDictionary(), count);
    }
}

/// <summary>
/// The <see cref="DensePostings"/> of this node's searches, for terms held by at least one
/// document in <see cref="DensityDivisor"/> of a segment (below that, leaping along the postings
/// list is cheaper than scanning bytes), within a memory budget: the least used give way first.
/// </summary>
public sealed class DensePostingsCache(long budgetBytes) : IDisposable
{
    public const int DensityDivisor = 16;

    private readonly MemoryCache? _cache = budgetBytes > 0 ? new(new MemoryCacheOptions { SizeLimit = budgetBytes, CompactionPercentage = 0.25 }) : null;

    /// <summary>The term's postings in memory if it is dense here and fits the budget; null to read the list as usual.</summary>
    public DensePostings? Get(AtomicReader segment, Term term, TermsEnum positioned)
    {
        // A segment whose byte a document would take more than a quarter of the budget would push out all the rest.
        if (_cache is null || (long)positioned.DocFreq * DensityDivisor < segment.MaxDoc || segment.MaxDoc > budgetBytes / 4)
        {
            return null;
        }
        // One reading per segment and term: the slices of one search ask for the same segment at once on several threads,
        // and the others wait for the first instead of reading the list again. A merged-away segment's entries age out.
        return _cache.GetOrCreate((segment.CoreCacheKey, term), entry =>
        {
            entry.Size = segment.MaxDoc;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return new Lazy<DensePostings>(() => DensePostings.Read(segment.MaxDoc, positioned));
        })!.Value;
    }

    public void Dispose() => _cache?.Dispose();
}

/// <summary>The site's searcher: BM25, and the cache of dense postings that <see cref="CachedTermQuery"/> reads.</summary>
public sealed class SiteSearcher(IndexReader reader, DensePostingsCache postings) : IndexSearcher(reader)
{
    public DensePostingsCache Postings { get; } = postings;
}
