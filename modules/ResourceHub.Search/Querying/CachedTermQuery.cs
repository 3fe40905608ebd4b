using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ResourceHub.Search.Querying;

/// <summary>
/// A term query that scores exactly as <see cref="TermQuery"/> does, but reads a term that fills
/// a good part of a segment from memory (<see cref="DensePostings"/>) instead of decoding its
/// postings list: a broad query such as 安全 防护用品 walks lists that hold most of a million
/// packages, and stepping through them block by block was most of its time. Under a plain
/// <see cref="IndexSearcher"/> (no cache) it reads the postings list as a term query would.
/// </summary>
public sealed class CachedTermQuery(Term term) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher) => new CachedTermWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        (Term.Field == field ? "" : Term.Field + ":") + Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is CachedTermQuery other && other.Boost == Boost && other.Term.Equals(Term);

    public override int GetHashCode() => HashCode.Combine(Term, Boost);

    /// <summary>The statistics and similarity a <see cref="TermQuery"/>'s weight would use, so the scores are the same.</summary>
    internal sealed class CachedTermWeight : Weight
    {
        private readonly CachedTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext _states;
        private readonly DensePostingsCache? _cache;

        public CachedTermWeight(CachedTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = TermContext.Build(searcher.TopReaderContext, query.Term);
            FieldStatistics = searcher.CollectionStatistics(query.Term.Field);
            TermStatistics = searcher.TermStatistics(query.Term, _states);
            _stats = _similarity.ComputeWeight(query.Boost, FieldStatistics, TermStatistics);
            _cache = (searcher as SiteSearcher)?.Postings;
        }

        public CollectionStatistics FieldStatistics { get; }

        public TermStatistics TermStatistics { get; }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_states.Get(context.Ord) is not { } state)
            {
                return null;
            }
            var terms = context.AtomicReader.GetTerms(_query.Term.Field)!.GetEnumerator();
            terms.SeekExact(_query.Term.Bytes, state);
            var sim = _similarity.GetSimScorer(_stats, context);
            if (_cache?.Get(context.AtomicReader, _query.Term, terms) is { } dense)
            {
                return new DenseScorer(this, dense, acceptDocs, sim);
            }
            return new PostingsScorer(this, terms.Docs(acceptDocs, null), sim);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0, "no matching term");
            }
            var freq = scorer.Freq;
            var score = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
            var explanation = new ComplexExplanation(true, score.Value, $"weight({_query} in {doc}), result of:");
            explanation.AddDetail(score);
            return explanation;
        }
    }

    /// <summary>What a term scorer does, over the term's postings list.</summary>
    private sealed class PostingsScorer(Weight weight, DocsEnum docs, Similarity.SimScorer sim) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override float GetScore() => sim.Score(docs.DocID, docs.Freq);

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override long GetCost() => docs.GetCost();
    }

    /// <summary>
    /// The same, over the term's frequencies held in memory: a step is a vectorised scan for the
    /// next non-zero byte. <see cref="Windows.WindowedSearch"/> reads its postings directly.
    /// </summary>
    internal sealed class DenseScorer(Weight weight, DensePostings postings, IBits? acceptDocs, Similarity.SimScorer sim) : Scorer(weight)
    {
        private int _doc = -1;

        public DensePostings Postings => postings;

        public override int DocID => _doc;

        public override int Freq => postings.Freq(_doc);

        public override float GetScore() => sim.Score(_doc, postings.Freq(_doc));

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            while (target < postings.MaxDoc)
            {
                var next = postings.Next(target);
                if (next == NO_MORE_DOCS || acceptDocs is null || acceptDocs.Get(next))
                {
                    return _doc = next;
                }
                target = next + 1;
            }
            return _doc = NO_MORE_DOCS;
        }

        public override long GetCost() => postings.DocFreq;
    }
}
