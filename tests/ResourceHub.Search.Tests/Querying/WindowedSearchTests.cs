using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Core.Content;
using ResourceHub.Resources;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;
using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Querying;

/// <summary>
/// The windowed pass (bit sets, dense bytes, bounds that skip windows) finds, counts and ranks
/// what Lucene's own scorers and top-k collector do, on segments with deletions and packages
/// the visitor may not open, for strict and loose queries, exclusions, phrases and facet filters.
/// </summary>
public sealed class WindowedSearchTests : IDisposable
{
    private static readonly string[] Tasks = ["焊接", "减速机拆装", "数控车床编程", "交换机配置", "安全防护"];
    private static readonly string[] Sentences =
        ["学生完成焊接任务。", "减速机出现异响。", "数控车床G71编程练习。", "交换机VLAN配置。", "佩戴防护用品，注意安全。", "轴承的更换。", "焊缝气孔的成因。"];

    private readonly LocalIndex _index = new();

    public WindowedSearchTests()
    {
        var random = new Random(23);
        var placed = new List<PackageView>();
        // Three segments of more than one window each; a working view of another school now and then (not public).
        for (var segment = 0; segment < 3; segment++)
        {
            for (var i = 0; i < 5000; i++)
            {
                var title = random.Next(5) == 0 ? $"{Tasks[random.Next(Tasks.Length)]}工作页{i}" : $"学习任务{segment}-{i}";
                var view = LocalIndex.Package(title, type: (ResourceType)random.Next(5)) with { Tags = random.Next(4) == 0 ? ["焊机"] : [] };
                if (random.Next(10) == 0)
                {
                    view = view with { SchoolId = Guid.NewGuid(), Kind = PackageViewKind.Working };
                }
                _index.Add(view, Body(random));
                placed.Add(view);
            }
            _index.Commit();
        }
        // Rewritten packages: their first documents are deleted in the older segments.
        foreach (var view in placed.Where((_, i) => i % 7 == 0))
        {
            _index.Index.Put(view.Id, [PackageDocument.Build(view, null, [new ExtractedText(Guid.NewGuid(), "正文.pdf", Body(random))])]);
        }
        _index.Commit();
    }

    public static TheoryData<string, int> Queries => new()
    {
        { "焊", 10 }, { "焊接", 10 }, { "焊接", 200 }, { "减速机异响", 20 }, { "交换机 VLAN", 20 }, { "安全 防护用品", 10 },
        { "焊接 -安全", 20 }, { "g71", 20 }, { "\"焊接任务\"", 20 }, { "", 20 }, { "焊机", 10 }, { "轴承 焊缝", 5 }, { "数控车床编程异响", 10 }, { "焊接防护用品", 20 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Run_FindsCountsAndRanksAsLuceneDoes(string q, int depth)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q), new ChineseAnalyzer());
        var found = 0;
        foreach (var query in new[] { built.Query, built.Loose, WithFacet(built.Query, 0), WithFacet(built.Query, 0.5f) }.OfType<Query>())
        {
            var visible = Visible(query);
            var (windowed, lucene, facets) = _index.Index.Search(s =>
            {
                var counter = new FacetCounter(SearchFields.Facets);
                s.Search(visible, counter);
                counter.Finish();
                return (SlicedSearch.Run(s, visible, null, depth, threads: 2, minDocsToSlice: 0), s.Search(visible, depth), FacetCounter.Merge([counter]));
            });

            found += lucene.TotalHits;
            Assert.Equal(lucene.TotalHits, windowed.Top.TotalHits);
            SamePage(lucene.ScoreDocs, windowed.Top.ScoreDocs);
            Assert.Equal(facets.Keys, windowed.Facets.Keys);
            foreach (var field in facets.Keys)
            {
                Assert.Equal(facets[field], windowed.Facets[field]);
            }
        }
        Assert.True(found > 0, q);
    }

    [Theory]
    [InlineData("all", "焊接")]
    [InlineData("title", "学习")]
    [InlineData("meta", "焊机")]
    public void Run_DenseTerm_ScoresExactlyAsLucene(string field, string word)
    {
        // One term (a two-character word is one bigram), so no sum whose order could differ: BM25 from the arrays must be Lucene's to the bit.
        var term = new Term(field, word);
        var query = Visible(new CachedTermQuery(term) { Boost = 3 });

        var (windowed, lucene) = _index.Index.Search(s => (SlicedSearch.Run(s, query, null, 300, threads: 2, minDocsToSlice: 0), s.Search(query, 300)));

        Assert.True(lucene.TotalHits > 1000, $"{term}: {lucene.TotalHits}");
        Assert.Equal(lucene.TotalHits, windowed.Top.TotalHits);
        Assert.Equal(lucene.ScoreDocs.Select(d => (d.Doc, d.Score)), windowed.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Run_BroadWord_ScoresOnlyWindowsThatCanReachThePage()
    {
        var query = Visible(QueryBuilder.Build(UserQuery.Parse("焊"), new ChineseAnalyzer()).Query);

        var hits = _index.Index.Search(s => SlicedSearch.Run(s, query, null, 10, threads: 1, minDocsToSlice: int.MaxValue));

        Assert.True(hits.Ranked < hits.Top.TotalHits / 2, $"scored {hits.Ranked} of {hits.Top.TotalHits}");
    }

    /// <summary>The same scores in the same order (summed in another order, so equal up to rounding); the same documents wherever a score is not tied.</summary>
    private static void SamePage(ScoreDoc[] expected, ScoreDoc[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        if (expected.Length == 0)
        {
            return;
        }
        static bool Near(float a, float b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Abs(a));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Near(expected[i].Score, actual[i].Score), $"place {i}: {expected[i].Score} against {actual[i].Score}");
            var tied = expected.Where((d, j) => j != i && Near(d.Score, expected[i].Score)).Any() || i == expected.Length - 1;
            if (!tied)
            {
                Assert.Equal(expected[i].Doc, actual[i].Doc);
            }
        }
        // Tied groups hold the same documents, save the last, which the page may cut anywhere.
        var last = expected[^1].Score;
        Assert.Equal(expected.Where(d => !Near(d.Score, last)).Select(d => d.Doc).Order(), actual.Where(d => !Near(d.Score, last)).Select(d => d.Doc).Order());
    }

    private static string Body(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Sentences[random.Next(Sentences.Length)]));

    /// <summary>A facet filter as the search service adds it (no score), or with a score of its own.</summary>
    private static Query WithFacet(Query query, float boost) => new BooleanQuery
    {
        { query, Occur.MUST },
        { new ConstantScoreQuery(new CachedTermQuery(new Term(SearchFields.ResourceType, nameof(ResourceType.WorkPage)))) { Boost = boost }, Occur.MUST },
    };

    private static Query Visible(Query query) => new FilteredQuery(query, new AudienceFilters().For(new()).Filter);

    public void Dispose() => _index.Dispose();
}
