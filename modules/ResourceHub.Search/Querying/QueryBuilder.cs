using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Indexing;

namespace ResourceHub.Search.Querying;

/// <summary>
/// The Lucene queries for a <see cref="UserQuery"/>, strict and (where some word would match more
/// loosely) <paramref name="Loose"/>, and the terms their snippets mark.
/// </summary>
public sealed record BuiltQuery(Query Query, Query? Loose, IReadOnlySet<string> Highlights, bool HasTerms)
{
    public bool CanLoosen => Loose is not null;
}

/// <summary>
/// Builds the query by hand, never through a query-parser string, so no input is syntax.
/// A word must match in the <c>all</c> field. <b>Strict</b>, the query tried first: all its terms
/// (Latin terms, Han bigrams, a lone Han character such as 焊). Requiring them all lets the
/// search leap along the shortest postings list, three times cheaper than a phrase (positions)
/// or "any half" of the bigrams (see docs/benchmarks.md), and text that holds every bigram of a
/// word nearly always holds the word. <b>Loose</b>, only when the strict query finds too few
/// (<see cref="Services.SearchService"/>): every Latin term and lone character, all bigrams up to
/// two and at least half of a longer run (a run-together 减速机异响 has junction pairs such as 机异
/// that real text need not hold), with the word in order as a boost, so exact matches rank first.
/// Single characters of a run are never required on their own: their postings are the longest
/// in the index and would cost more than they add. A word in the title or the metadata adds to
/// the score, as one clause per field and word, so a long word does not add a clause per bigram.
/// </summary>
public static class QueryBuilder
{
    private const float TitleBoost = 4f;
    private const float MetaBoost = 2f;
    /// <summary>In a loose query, what an in-order match of a word adds: enough to rank it above any near match.</summary>
    private const float ExactBoost = 8f;

    /// <summary>Both queries from one reading of the input; the loose one only where some word has more than one term.</summary>
    public static BuiltQuery Build(UserQuery input, Analyzer analyzer)
    {
        var strict = new BooleanQuery();
        var loose = new BooleanQuery();
        var highlights = new HashSet<string>(StringComparer.Ordinal);
        var canLoosen = false;
        foreach (var part in input.Parts)
        {
            var tokens = TextToken.Read(analyzer, part.Text);
            if (tokens.Count == 0)
            {
                continue;
            }
            if (part.IsExcluded)
            {
                foreach (var query in new[] { strict, loose })
                {
                    query.Add(Phrase(tokens), Occur.MUST_NOT);
                }
                continue;
            }
            var terms = MarkedTerms(tokens);
            highlights.UnionWith(terms);
            var exact = part.IsPhrase ? Phrase(tokens) : AllOf(SearchFields.All, terms);
            var near = exact;
            if (!part.IsPhrase && terms.Count > 1)
            {
                canLoosen = true;
                near = new BooleanQuery { { Word(tokens, terms), Occur.MUST }, { Boosted(InOrder(tokens, terms), ExactBoost), Occur.SHOULD } };
            }
            // One title and one metadata clause a word, shared by both queries.
            Query[] scored = [Boosted(AllOf(SearchFields.Title, terms), TitleBoost), Boosted(AllOf(SearchFields.Meta, terms), MetaBoost)];
            strict.Add(WithBoosts(exact, scored), Occur.MUST);
            loose.Add(WithBoosts(near, scored), Occur.MUST);
        }
        var hasTerms = highlights.Count > 0;
        if (!hasTerms)
        {
            strict.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new BuiltQuery(strict, canLoosen ? loose : null, highlights, hasTerms);
    }

    /// <summary>The word's match, and its presence in the title and the metadata as score.</summary>
    private static BooleanQuery WithBoosts(Query match, Query[] boosts)
    {
        var word = new BooleanQuery { { match, Occur.MUST } };
        Array.ForEach(boosts, boost => word.Add(boost, Occur.SHOULD));
        return word;
    }

    /// <summary>Every one of the terms in the field: a term query for one.</summary>
    private static Query AllOf(string field, IReadOnlySet<string> terms)
    {
        if (terms.Count == 1)
        {
            return Term(field, terms.First());
        }
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(Term(field, term), Occur.MUST);
        }
        return all;
    }

    /// <summary>A word's marked terms at their positions: the bigrams of a Han run overlap, so the phrase is the run itself.</summary>
    private static Query InOrder(List<TextToken> tokens, IReadOnlySet<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens.Where(t => terms.Contains(t.Term)))
        {
            phrase.Add(new Term(SearchFields.All, token.Term), token.Position);
        }
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static Query Word(List<TextToken> tokens, IReadOnlySet<string> terms)
    {
        var word = new BooleanQuery();
        var bigrams = tokens.Where(t => t.IsBigram).Select(t => t.Term).Distinct().ToList();
        foreach (var term in terms.Except(bigrams))
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

    private static Query All(string term) => Term(SearchFields.All, term);

    /// <summary>
    /// Every term read from memory where it is dense: broad words fill most packages' bodies, and
    /// a common word fills many titles and tags too, which a windowed search then compares 64
    /// documents at a time instead of leaping along the postings list.
    /// </summary>
    private static Query Term(string field, string term) => new CachedTermQuery(new Term(field, term));
}
