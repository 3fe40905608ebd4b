using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;
using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Querying;

/// <summary>A term read from memory matches and scores exactly as Lucene's term query does: same documents, same scores, deletions and visibility kept.</summary>
public sealed class CachedTermQueryTests : IDisposable
{
    private static readonly string[] Sentences = ["焊接安全要求。", "焊缝气孔的成因。", "数控车床G71编程。", "减速机异响。", "佩戴防护用品。"];

    private readonly LocalIndex _index = new();

    public CachedTermQueryTests()
    {
        var random = new Random(5);
        for (var segment = 0; segment < 3; segment++)
        {
            for (var i = 0; i < 800; i++)
            {
                var body = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Sentences[random.Next(Sentences.Length)]));
                _index.Add($"工作页{segment}-{i}", body);
            }
            _index.Commit();
        }
        // A frequency past a byte, and a package updated: its old document is deleted in its segment.
        _index.Add("长文", string.Concat(Enumerable.Repeat("焊接", 300)));
        var updated = LocalIndex.Package("改版前");
        _index.Add(updated, "焊接");
        _index.Commit();
        _index.Index.Put(updated.Id, [PackageDocument.Build(updated with { Title = "改版后" }, null, [new(Guid.NewGuid(), "正文.pdf", "焊接 焊接")])]);
        _index.Commit();
    }

    [Theory]
    [InlineData("焊接")]
    [InlineData("焊")]
    [InlineData("g71")]
    [InlineData("异响")]
    [InlineData("没有")]
    public void Search_ScoresAsATermQuery(string term)
    {
        var (cached, plain) = _index.Index.Search(s => (
            s.Search(Visible(new CachedTermQuery(new Term(SearchFields.All, term))), 5000),
            s.Search(Visible(new TermQuery(new Term(SearchFields.All, term))), 5000)));

        Assert.Equal(plain.TotalHits, cached.TotalHits);
        Assert.Equal(plain.ScoreDocs.Select(d => (d.Doc, d.Score)), cached.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Search_InAConjunction_ScoresAsTermQueries()
    {
        BooleanQuery Both(Func<Term, Query> make) => new()
        {
            { make(new Term(SearchFields.All, "焊接")), Occur.MUST },
            { make(new Term(SearchFields.All, "气孔")), Occur.MUST },
            { make(new Term(SearchFields.All, "异响")), Occur.SHOULD },
        };

        var (cached, plain) = _index.Index.Search(s => (s.Search(Visible(Both(t => new CachedTermQuery(t))), 5000), s.Search(Visible(Both(t => new TermQuery(t))), 5000)));

        Assert.True(plain.TotalHits > 100);
        Assert.Equal(plain.ScoreDocs.Select(d => (d.Doc, d.Score)), cached.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Read_KeepsFrequenciesPastAByte()
    {
        var freqs = _index.Index.Search(s => s.IndexReader.Leaves.Select(leaf =>
        {
            var terms = leaf.AtomicReader.GetTerms(SearchFields.All)!.GetEnumerator();
            return terms.SeekExact(new Term(SearchFields.All, "焊接").Bytes) ? DensePostings.Read(leaf.AtomicReader.MaxDoc, terms) : null;
        }).OfType<DensePostings>().ToList());

        var longest = freqs.Max(p => Enumerable.Range(0, p.MaxDoc).Max(p.Freq));
        Assert.Equal(300, longest);
    }

    private static Query Visible(Query query) => new FilteredQuery(query, new AudienceFilters().For(new()).Filter);

    public void Dispose() => _index.Dispose();
}
