using System.Numerics;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>
/// Up to <see cref="Size"/> documents of one segment, <see cref="From"/> to <see cref="To"/> (not
/// included), in bit words from <see cref="Base"/>, a multiple of 64: bit i of word w is document
/// Base + 64w + i.
/// </summary>
internal readonly record struct Window(int Base, int From, int To)
{
    public const int Size = 4096;
    public const int Words = Size / 64;

    /// <summary>Calls <paramref name="visit"/> with each document whose bit is set, in order.</summary>
    public static void ForEach<TVisitor>(ulong[] bits, int @base, ref TVisitor visit) where TVisitor : struct, IDocVisitor
    {
        for (var w = 0; w < Words; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                visit.Visit(@base + (w << 6) + BitOperations.TrailingZeroCount(word));
            }
        }
    }

    /// <summary>The first set bit's document at or after <paramref name="doc"/>, or -1.</summary>
    public static int NextSet(ulong[] bits, int @base, int doc)
    {
        var at = doc - @base;
        if (at >= Size)
        {
            return -1;
        }
        var w = at >> 6;
        var word = bits[w] & (~0UL << at);
        while (word == 0)
        {
            if (++w == Words)
            {
                return -1;
            }
            word = bits[w];
        }
        return @base + (w << 6) + BitOperations.TrailingZeroCount(word);
    }
}

/// <summary>What a pass does with each matching document of a window.</summary>
internal interface IDocVisitor
{
    void Visit(int doc);
}

/// <summary>
/// One part of a query, evaluated a window at a time over one segment: first which documents
/// match (<see cref="Hits"/>, a bit set), then, only for the documents that may still reach the
/// page, their scores. A part's score must not exceed its <see cref="Bound"/> in the window, so a
/// window whose bound is under the page's lowest score is counted without being scored.
/// </summary>
internal abstract class WindowNode
{
    public ulong[] Hits { get; } = new ulong[Window.Words];

    protected int Base { get; private set; }

    /// <summary>The postings' length: the cheaper parts narrow the candidates first.</summary>
    public abstract long Cost { get; }

    /// <summary>Sets <see cref="Hits"/>: this part's matches among <paramref name="candidates"/>.</summary>
    public void Begin(in Window window, ulong[] candidates)
    {
        Base = window.Base;
        Match(window, candidates);
    }

    protected abstract void Match(in Window window, ulong[] candidates);

    /// <summary>The document's score; called for documents in <see cref="Hits"/>, in increasing order.</summary>
    public abstract float Score(int doc);

    /// <summary>No document of <see cref="Hits"/> scores more.</summary>
    public abstract float Bound();

    /// <summary>No document of <see cref="Hits"/> outside those <see cref="AddOptional"/> adds scores more.</summary>
    public virtual float BaseBound() => Bound();

    /// <summary>Adds the documents where an optional part adds to the score.</summary>
    public virtual void AddOptional(ulong[] into)
    {
    }

    public bool Has(int doc)
    {
        var at = doc - Base;
        return (Hits[at >> 6] & (1UL << at)) != 0;
    }
}
