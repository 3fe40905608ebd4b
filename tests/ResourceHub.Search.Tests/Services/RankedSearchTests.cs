using Lucene.Net.Search;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Querying;
using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Services;

/// <summary>
/// Ranking only the packages whose title or metadata hold a word gives exactly the page that
/// ranking every match gives, and the ceiling it relies on is never reached.
/// </summary>
public sealed class RankedSearchTests : IDisposable
{
    private static readonly string[] Tasks = ["焊接", "减速机拆装", "数控车床编程", "交换机配置", "安全防护"];
    private static readonly string[] Tags = ["焊机", "游标卡尺", "减速机", "轴承", "交换机"];
    private static readonly string[] Sentences =
        ["学生完成焊接任务。", "减速机出现异响。", "数控车床G71编程练习。", "交换机VLAN配置。", "佩戴防护用品，注意安全。", "轴承的更换。"];

    private readonly LocalIndex _index = new();

    public RankedSearchTests()
    {
        var random = new Random(11);
        // Three commits: three segments, which the slices then cut across.
        for (var segment = 0; segment < 3; segment++)
        {
            for (var i = 0; i < 1200; i++)
            {
                // Bodies from one sentence to forty: term frequencies and lengths far apart, to reach for the ceiling.
                var body = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Sentences[random.Next(Sentences.Length)]));
                var title = random.Next(4) == 0 ? $"{Tasks[random.Next(Tasks.Length)]}工作页{i}" : $"学习任务{segment}-{i}";
                _index.Add(LocalIndex.Package(title) with { Tags = random.Next(3) == 0 ? [Tags[random.Next(Tags.Length)]] : [] }, body);
            }
            _index.Commit();
        }
    }

    public static TheoryData<string, int> Queries => new()
    {
        { "焊接", 20 }, { "焊接", 60 }, { "减速机", 20 }, { "减速机异响", 20 }, { "交换机 VLAN", 20 }, { "轴承", 40 },
        { "安全 防护用品", 20 }, { "焊接 -安全", 20 }, { "数控车床", 1 }, { "g71", 20 }, { "游标卡尺", 20 }, { "\"焊接任务\"", 20 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Run_GivesThePageThatRankingEveryMatchGives(string q, int depth)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q), new ChineseAnalyzer());
        foreach (var query in new[] { built.Strict, built.Loose }.OfType<RankedQuery>())
        {
            var (pruned, full) = _index.Index.Search(s => (
                RankedSearch.Run(s, query, Visible, null, depth, threads: 2),
                SlicedSearch.Run(s, Visible(query.Full), null, depth, threads: 2, minDocsToSlice: 0)));

            Assert.Equal(full.Top.TotalHits, pruned.Top.TotalHits);
            Assert.Equal(full.Top.ScoreDocs.Select(d => (d.Doc, d.Score)), pruned.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(full.Facets.Keys, pruned.Facets.Keys);
            foreach (var field in full.Facets.Keys)
            {
                Assert.Equal(full.Facets[field], pruned.Facets[field]);
            }
        }
    }

    [Fact]
    public void Run_BroadWordWithTitles_RanksOnlyTheTitledFew()
    {
        var query = QueryBuilder.Build(UserQuery.Parse("焊接"), new ChineseAnalyzer()).Strict;

        var hits = _index.Index.Search(s => RankedSearch.Run(s, query, Visible, null, 20, threads: 2));

        Assert.True(hits.Ranked < hits.Top.TotalHits / 2, $"ranked {hits.Ranked} of {hits.Top.TotalHits}");
        Assert.Equal(20, hits.Top.ScoreDocs.Length);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Ceiling_IsAboveEveryMatchScore(string q, int _)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q), new ChineseAnalyzer());
        foreach (var query in new[] { built.Strict, built.Loose }.OfType<RankedQuery>())
        {
            var (ceiling, best) = _index.Index.Search(s => (RankedSearch.Ceiling(s, query.Match), s.Search(query.Match, 1).MaxScore));

            Assert.True(float.IsNaN(best) || best < ceiling, $"{q}: best {best}, ceiling {ceiling}");
        }
    }

    private Query Visible(Query query) => new FilteredQuery(query, new AudienceFilters().For(new()).Filter);

    public void Dispose() => _index.Dispose();
}
