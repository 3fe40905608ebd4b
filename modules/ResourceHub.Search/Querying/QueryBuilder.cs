using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Indexing;

namespace ResourceHub.Search.Querying;

/// <summary>The Lucene query for a <see cref="UserQuery"/>, and the terms its snippets mark.</summary>
public sealed record BuiltQuery(Query Query, IReadOnlySet<string> Highlights, bool HasTerms);

/// <summary>
/// Builds the query by hand, never through a query-parser string, so no input is syntax.
/// A word must match in the <c>all</c> field: each of its Latin terms, a lone Han character
/// (焊), and its Han bigrams: all of them up to two, at least half of a longer run (a
/// run-together 减速机异响 has junction pairs such as 机异 that real text need not hold).
/// Single characters of a run are not required on their own: their postings are the longest
/// in the index and would cost more than they add. Title and metadata matches add to the score.
/// </summary>
public static class QueryBuilder
{
    private const float TitleBoost = 4f;
    private const float MetaBoost = 2f;

    public static BuiltQuery Build(UserQuery input, Analyzer analyzer)
    {
        var query = new BooleanQuery();
        var highlights = new HashSet<string>(StringComparer.Ordinal);
        var hasTerms = false;
        foreach (var part in input.Parts)
        {
            var tokens = TextToken.Read(analyzer, part.Text);
            if (tokens.Count == 0)
            {
                continue;
            }
            if (part.IsExcluded)
            {
                query.Add(Phrase(tokens), Occur.MUST_NOT);
                continue;
            }
            var terms = MarkedTerms(tokens);
            highlights.UnionWith(terms);
            var clause = part.IsPhrase ? Phrase(tokens) : Word(tokens);
            query.Add(WithBoosts(clause, terms), Occur.MUST);
            hasTerms = true;
        }
        if (!hasTerms)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new BuiltQuery(query, highlights, hasTerms);
    }

    private static Query Word(List<TextToken> tokens)
    {
        var word = new BooleanQuery();
        var bigrams = tokens.Where(t => t.IsBigram).Select(t => t.Term).Distinct().ToList();
        foreach (var term in MarkedTerms(tokens).Except(bigrams))
        {
            word.Add(All(term), Occur.MUST);
        }
        if (bigrams.Count <= 2)
        {
            bigrams.ForEach(b => word.Add(All(b), Occur.MUST));
        }
        else
        {
            var some = new BooleanQuery { MinimumNumberShouldMatch = (bigrams.Count + 1) / 2 };
            bigrams.ForEach(b => some.Add(All(b), Occur.SHOULD));
            word.Add(some, Occur.MUST);
        }
        return word;
    }

    /// <summary>Consecutive characters and words: the unigrams and Latin terms at their positions.</summary>
    private static Query Phrase(List<TextToken> tokens)
    {
        var single = tokens.Where(t => !t.IsBigram).ToList();
        if (single.Count == 1)
        {
            return All(single[0].Term);
        }
        var phrase = new PhraseQuery();
        foreach (var token in single)
        {
            phrase.Add(new Term(SearchFields.All, token.Term), token.Position);
        }
        return phrase;
    }

    private static Query WithBoosts(Query match, IReadOnlySet<string> terms)
    {
        var scored = new BooleanQuery { { match, Occur.MUST } };
        foreach (var term in terms)
        {
            scored.Add(new TermQuery(new Term(SearchFields.Title, term)) { Boost = TitleBoost }, Occur.SHOULD);
            scored.Add(new TermQuery(new Term(SearchFields.Meta, term)) { Boost = MetaBoost }, Occur.SHOULD);
        }
        return scored;
    }

    /// <summary>
    /// The terms worth marking: Latin terms, Han bigrams, and Han characters that stand alone
    /// (焊 in "焊 G71"); a character inside a bigram is marked through its bigram, not on its own.
    /// </summary>
    public static IReadOnlySet<string> MarkedTerms(IReadOnlyList<TextToken> tokens)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var covered = token.IsUnigram && tokens.Any(b => b.IsBigram && b.Start <= token.Start && b.End >= token.End);
            if (!covered)
            {
                terms.Add(token.Term);
            }
        }
        return terms;
    }

    private static TermQuery All(string term) => new(new Term(SearchFields.All, term));
}
