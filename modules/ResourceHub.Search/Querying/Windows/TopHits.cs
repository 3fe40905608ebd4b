using Lucene.Net.Search;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// The best <c>depth</c> documents offered in document order, as Lucene's in-order top-k keeps
/// them: higher score first; an equal score does not displace an earlier document.
/// </summary>
internal sealed class TopHits(int depth)
{
    // A heap with the weakest kept document on top.
    private readonly ScoreDoc[] _heap = new ScoreDoc[Math.Max(depth, 1)];
    private int _count;

    public bool Full => _count == _heap.Length;

    /// <summary>The score a document must beat to enter, once full.</summary>
    public float Threshold => _heap[0].Score;

    public void Offer(int doc, float score)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = new ScoreDoc(doc, score);
            Up(_count++);
        }
        else if (score > _heap[0].Score)
        {
            _heap[0] = new ScoreDoc(doc, score);
            Down(0);
        }
    }

    public TopDocs ToTopDocs(int total)
    {
        var docs = _heap.Take(_count).OrderByDescending(d => d.Score).ThenBy(d => d.Doc).ToArray();
        return new TopDocs(total, docs, docs.Length > 0 ? docs[0].Score : float.NaN);
    }

    private static bool Weaker(ScoreDoc a, ScoreDoc b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

    private void Up(int i)
    {
        while (i > 0 && Weaker(_heap[i], _heap[(i - 1) / 2]))
        {
            (_heap[i], _heap[(i - 1) / 2]) = (_heap[(i - 1) / 2], _heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var weakest = i;
            foreach (var child in (ReadOnlySpan<int>)[2 * i + 1, 2 * i + 2])
            {
                if (child < _count && Weaker(_heap[child], _heap[weakest]))
                {
                    weakest = child;
                }
            }
            if (weakest == i)
            {
                return;
            }
            (_heap[i], _heap[weakest]) = (_heap[weakest], _heap[i]);
            i = weakest;
        }
    }
}
