using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using ResourceHub.Search.Analysis;

namespace ResourceHub.Search.Querying;

/// <summary>
/// A short passage of a text around the densest cluster of query terms, HTML-escaped, with the
/// matches wrapped in &lt;mark&gt;. Offsets come from the analyzer, so the marks sit on the
/// original characters even where width folding or case changed the terms.
/// </summary>
public sealed class SnippetMaker(Analyzer analyzer, int length = 120)
{
    private const int Lead = 20;
    private const int MaxSpans = 400;

    /// <summary>The snippet, or null when no marked term occurs in <paramref name="text"/>.</summary>
    public string? Make(string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return null;
        }
        var tokens = TextToken.Read(analyzer, text);
        var spans = tokens
            .Where(t => terms.Contains(t.Term) && (!t.IsUnigram || !CoveredByMarkedBigram(tokens, t, terms)))
            .Select(t => (t.Start, t.End, t.Term))
            .ToList();
        if (spans.Count == 0)
        {
            return null;
        }
        var start = BestWindow(spans.Count > MaxSpans ? spans[..MaxSpans] : spans);
        var end = Math.Min(text.Length, start + length);
        // Never cut a surrogate pair (an emoji, a rare Han character) in half.
        start -= start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end += end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }
        var at = start;
        foreach (var (s, e) in Merge(spans.Where(x => x.Start >= start && x.End <= end).Select(x => (x.Start, x.End))))
        {
            builder.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        builder.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }

    /// <summary>The first characters of a text, escaped: the snippet when nothing matched.</summary>
    public string Lede(string text) =>
        WebUtility.HtmlEncode(text.Length <= length ? text : text[..length]) + (text.Length > length ? "…" : "");

    private static bool CoveredByMarkedBigram(List<TextToken> tokens, TextToken unigram, IReadOnlySet<string> terms) =>
        tokens.Any(b => b.IsBigram && terms.Contains(b.Term) && b.Start <= unigram.Start && b.End >= unigram.End);

    /// <summary>Where a window holds the most distinct terms (then the most matches), starting a little before.</summary>
    private int BestWindow(List<(int Start, int End, string Term)> spans)
    {
        var best = 0;
        var bestScore = (-1, -1);
        for (var i = 0; i < spans.Count; i++)
        {
            var from = spans[i].Start;
            var inside = spans.Skip(i).TakeWhile(s => s.End <= from + length - Lead).ToList();
            var score = (inside.Select(s => s.Term).Distinct().Count(), inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                bestScore = score;
                best = Math.Max(0, from - Lead);
            }
        }
        return best;
    }

    private static IEnumerable<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        (int Start, int End)? open = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (open is { } o && span.Start <= o.End)
            {
                open = (o.Start, Math.Max(o.End, span.End));
                continue;
            }
            if (open is { } done)
            {
                yield return done;
            }
            open = span;
        }
        if (open is { } last)
        {
            yield return last;
        }
    }
}
