using System.Numerics;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// A Boolean query's clauses: the required ones narrow the candidates in turn (the shortest
/// first), the prohibited ones take theirs away, and the optional ones add to the score; with
/// nothing required, any one of them matches, and with a minimum, at least that many must (the
/// loose query's "half of the bigrams"). Scores are sums, as BM25 Boolean queries are (no
/// coordination factor).
/// </summary>
internal sealed class BooleanNode : WindowNode
{
    private readonly WindowNode[] _required;
    private readonly WindowNode[] _optional;
    private readonly WindowNode[] _prohibited;
    private readonly int _minShould;

    public BooleanNode(WindowNode[] required, WindowNode[] optional, WindowNode[] prohibited, int minShould)
    {
        _required = required.OrderBy(r => r.Cost).ToArray();
        _optional = optional;
        _prohibited = prohibited;
        _minShould = minShould;
        Cost = _required.Length > 0 ? _required[0].Cost : _optional.Sum(o => o.Cost);
    }

    /// <summary>Whether every hit needs its optional parts: then they belong to the base, not to the extras.</summary>
    private bool OptionalNeeded => _required.Length == 0 || _minShould > 0;

    public override long Cost { get; }

    protected override void Match(in Window window, ulong[] candidates)
    {
        var hits = Hits;
        if (_required.Length > 0)
        {
            var current = candidates;
            foreach (var part in _required)
            {
                part.Begin(window, current);
                current = part.Hits;
            }
            current.CopyTo(hits, 0);
        }
        else if (_minShould > 0)
        {
            candidates.CopyTo(hits, 0);
        }
        else
        {
            Array.Clear(hits);
            foreach (var part in _optional)
            {
                part.Begin(window, candidates);
                Or(hits, part.Hits);
            }
        }
        foreach (var part in _prohibited)
        {
            part.Begin(window, hits);
            for (var w = 0; w < hits.Length; w++)
            {
                hits[w] &= ~part.Hits[w];
            }
        }
        if (_required.Length > 0 || _minShould > 0)
        {
            foreach (var part in _optional)
            {
                part.Begin(window, hits);
            }
        }
        if (_minShould > 0)
        {
            for (var w = 0; w < hits.Length; w++)
            {
                hits[w] &= AtLeast(w);
            }
        }
    }

    /// <summary>The documents of word <paramref name="w"/> that at least the minimum of optional parts hold: their counts added bit-sliced, 64 at once.</summary>
    private ulong AtLeast(int w)
    {
        Span<ulong> count = stackalloc ulong[32 - BitOperations.LeadingZeroCount((uint)_optional.Length)];
        foreach (var part in _optional)
        {
            var carry = part.Hits[w];
            for (var bit = 0; bit < count.Length && carry != 0; bit++)
            {
                (count[bit], carry) = (count[bit] ^ carry, count[bit] & carry);
            }
        }
        // count ≥ minimum, compared from the highest bit down.
        ulong equal = ~0UL, greater = 0;
        for (var bit = count.Length - 1; bit >= 0; bit--)
        {
            if (((_minShould >> bit) & 1) != 0)
            {
                equal &= count[bit];
            }
            else
            {
                greater |= equal & count[bit];
                equal &= ~count[bit];
            }
        }
        // A minimum beyond what the bits can count is never reached.
        return _minShould >> count.Length != 0 ? 0 : greater | equal;
    }

    public override float Score(int doc)
    {
        var score = 0f;
        foreach (var part in _required)
        {
            score += part.Score(doc);
        }
        foreach (var part in _optional)
        {
            if (part.Has(doc))
            {
                score += part.Score(doc);
            }
        }
        return score;
    }

    public override float Bound()
    {
        var bound = 0f;
        foreach (var part in _required)
        {
            bound += part.Bound();
        }
        foreach (var part in _optional)
        {
            bound += part.Bound();
        }
        return bound;
    }

    /// <summary>Without the optional parts, unless a hit needs them to match.</summary>
    public override float BaseBound()
    {
        if (OptionalNeeded)
        {
            return Bound();
        }
        var bound = 0f;
        foreach (var part in _required)
        {
            bound += part.BaseBound();
        }
        return bound;
    }

    public override void AddOptional(ulong[] into)
    {
        if (OptionalNeeded)
        {
            return;
        }
        foreach (var part in _required)
        {
            part.AddOptional(into);
        }
        foreach (var part in _optional)
        {
            Or(into, part.Hits);
        }
    }

    private static void Or(ulong[] into, ulong[] bits)
    {
        for (var w = 0; w < into.Length; w++)
        {
            into[w] |= bits[w];
        }
    }
}
