namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// A Boolean query's clauses: the required ones narrow the candidates in turn (the shortest
/// first), the prohibited ones take theirs away, and the optional ones only add to the score,
/// or, with nothing required, any one of them matches. Scores are sums, as BM25 Boolean queries
/// are (no coordination factor).
/// </summary>
internal sealed class BooleanNode : WindowNode
{
    private readonly WindowNode[] _required;
    private readonly WindowNode[] _optional;
    private readonly WindowNode[] _prohibited;

    public BooleanNode(WindowNode[] required, WindowNode[] optional, WindowNode[] prohibited)
    {
        _required = required.OrderBy(r => r.Cost).ToArray();
        _optional = optional;
        _prohibited = prohibited;
        Cost = _required.Length > 0 ? _required[0].Cost : _optional.Sum(o => o.Cost);
    }

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
        if (_required.Length > 0)
        {
            foreach (var part in _optional)
            {
                part.Begin(window, hits);
            }
        }
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

    /// <summary>Without the optional parts (with nothing required, every part is needed to match).</summary>
    public override float BaseBound()
    {
        if (_required.Length == 0)
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
        if (_required.Length == 0)
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
