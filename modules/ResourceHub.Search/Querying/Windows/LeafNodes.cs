using Lucene.Net.Search;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// A dense term (<see cref="DensePostings"/>): its matches are a vectorised compare of the
/// window's frequency bytes, its scores BM25's from the frequency and norm arrays, and its bound
/// its score at the window's highest frequency and shortest document (BM25 rises with the one
/// and falls with the length, in float arithmetic too: each operation rounds monotonically).
/// </summary>
internal sealed class DenseNode(DensePostings postings, SiteSimilarity.TermScoring scoring, byte[]? norms) : WindowNode
{
    private float _bound;
    private int _from;
    private int _to;

    public override long Cost => postings.DocFreq;

    protected override void Match(in Window window, ulong[] candidates)
    {
        var bytes = postings.Bytes;
        for (var w = 0; w < Window.Words; w++)
        {
            Hits[w] = candidates[w] == 0 ? 0 : candidates[w] & ByteScan.NonZero(bytes, window.Base + (w << 6));
        }
        (_from, _to, _bound) = (window.From, window.To, float.NaN);
    }

    public override float Score(int doc) => Score(doc, postings.Freq(doc));

    private float Score(int doc, float freq) => norms is null ? scoring.ScoreWithoutNorms(freq) : scoring.Score(freq, norms[doc]);

    public override float Bound()
    {
        if (float.IsNaN(_bound))
        {
            var most = ByteScan.Max(postings.Bytes[_from.._to]);
            // 255 stands for any higher frequency: no bound short of BM25's ceiling, so none is claimed.
            _bound = most == 0 ? 0 : most == byte.MaxValue ? float.PositiveInfinity : Score(Shortest(), most);
        }
        return _bound;
    }

    /// <summary>The window's document with the largest norm byte, which BM25 reads as the shortest field.</summary>
    private int Shortest()
    {
        if (norms is null)
        {
            return _from;
        }
        var run = norms.AsSpan(_from, _to - _from);
        return _from + run.IndexOf(ByteScan.Max(run));
    }
}

/// <summary>
/// Any other query (title and metadata terms, sparse body terms, phrases, filters), through its
/// own Lucene scorer: it leaps from candidate to candidate and keeps each match's score for the
/// window.
/// </summary>
internal sealed class IteratorNode(Scorer? scorer) : WindowNode
{
    // Grown as a window needs: a search opens one of these per part, slice and segment, and most hold a few matches a window.
    private int[] _docs = new int[64];
    private float[] _scores = new float[64];
    private int _count;
    private int _cursor;
    private float _max;

    public override long Cost { get; } = scorer?.GetCost() ?? 0;

    protected override void Match(in Window window, ulong[] candidates)
    {
        Array.Clear(Hits);
        (_count, _cursor, _max) = (0, 0, 0f);
        if (scorer is null)
        {
            return;
        }
        var target = Window.NextSet(candidates, window.Base, window.From);
        var doc = scorer.DocID;
        while (target >= 0)
        {
            if (doc < target)
            {
                doc = scorer.Advance(target);
            }
            if (doc >= window.To)
            {
                return;
            }
            var at = doc - window.Base;
            if ((candidates[at >> 6] & (1UL << at)) != 0)
            {
                var score = scorer.GetScore();
                Hits[at >> 6] |= 1UL << at;
                if (_count == _docs.Length)
                {
                    Array.Resize(ref _docs, _count * 2);
                    Array.Resize(ref _scores, _count * 2);
                }
                _docs[_count] = doc;
                _scores[_count++] = score;
                _max = Math.Max(_max, score);
            }
            target = Window.NextSet(candidates, window.Base, doc + 1);
        }
    }

    public override float Score(int doc)
    {
        while (_docs[_cursor] < doc)
        {
            _cursor++;
        }
        return _scores[_cursor];
    }

    public override float Bound() => _max;
}

/// <summary>A constant score: on the matches of another part (a facet filter), or on every candidate (no words at all).</summary>
internal sealed class ConstantNode(WindowNode? matches, float score) : WindowNode
{
    public override long Cost => matches?.Cost ?? long.MaxValue;

    protected override void Match(in Window window, ulong[] candidates)
    {
        if (matches is null)
        {
            candidates.CopyTo(Hits, 0);
            return;
        }
        matches.Begin(window, candidates);
        matches.Hits.CopyTo(Hits, 0);
    }

    public override float Score(int doc) => score;

    public override float Bound() => score;
}
