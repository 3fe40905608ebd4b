using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using ResourceHub.Search.Analysis;

namespace ResourceHub.Search.Querying;

/// <summary>
/// A short passage of a text around the densest cluster of query terms, HTML-escaped, with the
/// matches wrapped in &lt;mark&gt;. A plain search finds where the terms are; only that window
/// is analysed, so the marks follow the index's own tokens (a code is marked whole, not inside
/// a longer one) without analysing whole documents for every hit.
/// </summary>
public sealed class SnippetMaker(Analyzer analyzer, int length = 120)
{
    private const int Lead = 20;
    /// <summary>The stored text is capped (<see cref="Indexing.PackageDocument.StoredBodyLength"/>), and the window search is one pass, so every occurrence can count.</summary>
    private const int MaxHitsPerTerm = 10_000;
    /// <summary>Full-width text needs the analyzer's folding to be found; this much of it is analysed.</summary>
    private const int FoldedScanLength = 20_000;

    /// <summary>The snippet, or null when no marked term occurs in <paramref name="text"/>.</summary>
    public string? Make(string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return null;
        }
        var hits = PlainHits(text, terms);
        if (hits.Count == 0 && HasFullWidth(text))
        {
            hits = Spans(text[..Math.Min(text.Length, FoldedScanLength)], terms, 0);
        }
        if (hits.Count == 0)
        {
            return null;
        }
        var start = BestWindow(hits);
        var end = Math.Min(text.Length, start + length);
        // Never cut a surrogate pair (an emoji, a rare Han character) in half.
        start -= start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end += end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        var marks = Merge(Spans(text[start..end], terms, start));
        if (marks.Count == 0)
        {
            return null;
        }
        var builder = new StringBuilder();
        builder.Append(start > 0 ? "…" : "");
        var at = start;
        foreach (var (s, e) in marks)
        {
            builder.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        builder.Append(WebUtility.HtmlEncode(text[at..end])).Append(end < text.Length ? "…" : "");
        return builder.ToString();
    }

    /// <summary>The first characters of a text, escaped: the snippet when nothing matched.</summary>
    public string Lede(string text) =>
        WebUtility.HtmlEncode(text.Length <= length ? text : text[..length]) + (text.Length > length ? "…" : "");

    private static List<(int Start, int End, string Term)> PlainHits(string text, IReadOnlySet<string> terms)
    {
        var hits = new List<(int, int, string)>();
        foreach (var term in terms)
        {
            var found = 0;
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0 && found < MaxHitsPerTerm; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                hits.Add((at, at + term.Length, term));
                found++;
            }
        }
        hits.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return hits;
    }

    private static bool HasFullWidth(string text) => text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFFEE') >= 0;

    /// <summary>The analysed tokens of <paramref name="part"/> that are query terms, as offsets into the whole text.</summary>
    private List<(int Start, int End, string Term)> Spans(string part, IReadOnlySet<string> terms, int offset)
    {
        var tokens = TextToken.Read(analyzer, part);
        return tokens
            .Where(t => terms.Contains(t.Term) && (!t.IsUnigram || !CoveredByMarkedBigram(tokens, t, terms)))
            .Select(t => (t.Start + offset, t.End + offset, t.Term))
            .ToList();
    }

    private static bool CoveredByMarkedBigram(List<TextToken> tokens, TextToken unigram, IReadOnlySet<string> terms) =>
        tokens.Any(b => b.IsBigram && terms.Contains(b.Term) && b.Start <= unigram.Start && b.End >= unigram.End);

    /// <summary>
    /// Where a window holds the most distinct terms (then the most matches), starting a little
    /// before. One pass with two ends: a broad word (焊) can occur hundreds of times in a text.
    /// </summary>
    private int BestWindow(List<(int Start, int End, string Term)> spans)
    {
        var best = 0;
        var bestScore = (-1, -1);
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        var end = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var limit = spans[i].Start + length - Lead;
            for (; end < spans.Count && spans[end].End <= limit; end++)
            {
                inside[spans[end].Term] = inside.GetValueOrDefault(spans[end].Term) + 1;
            }
            var score = (inside.Count, Math.Max(0, end - i));
            if (score.CompareTo(bestScore) > 0)
            {
                bestScore = score;
                best = Math.Max(0, spans[i].Start - Lead);
            }
            if (end > i && --inside[spans[i].Term] == 0)
            {
                inside.Remove(spans[i].Term);
            }
            end = Math.Max(end, i + 1);
        }
        return best;
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End, string Term)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add((span.Start, span.End));
            }
        }
        return merged;
    }
}
