using Lucene.Net.Search;
using ResourceHub.Resources;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;
using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Services;

/// <summary>A search split over the segments on several threads finds, ranks, breaks ties and counts exactly as one pass does.</summary>
public sealed class SlicedSearchTests : IDisposable
{
    private static readonly string[] Sentences =
        ["焊接安全要求。", "焊缝气孔的成因。", "数控车床G71编程。", "减速机异响的排查。", "焊工穿戴防护用品。", "交换机VLAN配置。"];

    private static readonly string[] Specialties = ["0102", "0106", "0301"];

    private readonly LocalIndex _index = new();

    public SlicedSearchTests()
    {
        var random = new Random(7);
        // Four commits: four segments to split.
        for (var segment = 0; segment < 4; segment++)
        {
            for (var i = 0; i < 1500; i++)
            {
                var body = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Sentences[random.Next(Sentences.Length)]));
                // Many codes of many lengths: the doc values of a large catalogue (stored prefix-compressed, read through a stateful reader).
                var code = random.Next(4) == 0 ? Specialties[random.Next(3)] : "S" + random.Next(0, 100_000);
                _index.Add($"工作页{segment}-{i}", body, code, (ResourceType)random.Next(5), DateTimeOffset.UtcNow.AddMinutes(-random.Next(0, 10)));
            }
            _index.Commit();
        }
    }

    [Theory]
    [InlineData("焊", false)]
    [InlineData("焊接 安全", false)]
    [InlineData("g71", false)]
    [InlineData("", false)]
    [InlineData("焊", true)]
    [InlineData("", true)]
    public void Run_OverSlices_GivesWhatOnePassGives(string q, bool newestFirst)
    {
        var query = QueryBuilder.Build(UserQuery.Parse(q), new ChineseAnalyzer()).Query;
        // Updated minutes repeat, so ties must fall back to document order on both sides.
        var sort = newestFirst ? new Sort(new SortField(SearchFields.UpdatedAt, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE) : null;

        var (one, many, leaves) = _index.Index.Search(searcher => (
            SlicedSearch.Run(searcher, query, sort, 50, threads: 1, minDocsToSlice: 0),
            SlicedSearch.Run(searcher, query, sort, 50, threads: 3, minDocsToSlice: 0),
            searcher.IndexReader.Leaves));

        Assert.True(SlicedSearch.Slice(leaves, 3).Count > 1);
        Assert.True(SlicedSearch.Slice(leaves, 3)[1][0].From > 0, "a slice starts inside a segment");
        Assert.True(one.Top.TotalHits > 50);
        Assert.Equal(one.Top.TotalHits, many.Top.TotalHits);
        Assert.Equal(one.Top.ScoreDocs.Select(d => (d.Doc, d.Score)), many.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(one.Facets.Keys, many.Facets.Keys);
        foreach (var field in one.Facets.Keys)
        {
            Assert.Equal(one.Facets[field], many.Facets[field]);
        }
    }

    [Fact]
    public void Run_ManySearchesAtOnce_EachCountsItsOwnFacets()
    {
        var analyzer = new ChineseAnalyzer();
        var queries = new[] { "焊", "数控", "g71", "交换机" }.Select(q => QueryBuilder.Build(UserQuery.Parse(q), analyzer).Query).ToArray();
        var expected = _index.Index.Search(s => queries.Select(q => SlicedSearch.Run(s, q, null, 20, threads: 1).Facets).ToArray());

        // Searching threads go on to other searches: a slice's facet values must be read before its thread moves on.
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var facets = _index.Index.Search(s => SlicedSearch.Run(s, queries[i % queries.Length], null, 20, threads: 3, minDocsToSlice: 0).Facets);
            foreach (var field in facets.Keys)
            {
                Assert.Equal(expected[i % queries.Length][field], facets[field]);
            }
        });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Slice_CoversEveryDocumentOnceInOrder_InEqualRuns(int count)
    {
        var leaves = _index.Index.Search(searcher => searcher.IndexReader.Leaves);

        var slices = SlicedSearch.Slice(leaves, count);

        var docs = slices.SelectMany(s => s).SelectMany(r => Enumerable.Range(r.From, r.To - r.From).Select(d => r.Leaf.DocBase + d));
        Assert.Equal(Enumerable.Range(0, 6000), docs);
        Assert.Equal(count, slices.Count);
        Assert.All(slices, s => Assert.InRange(s.Sum(r => r.To - r.From), 6000 / count - count, 6000 / count + 1));
    }

    public void Dispose() => _index.Dispose();
}
