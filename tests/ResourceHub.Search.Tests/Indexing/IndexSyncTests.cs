using ResourceHub.Search.Tests.Support;
using Xunit;
using static ResourceHub.Search.Tests.Support.SearchNode;

namespace ResourceHub.Search.Tests.Indexing;

/// <summary>Nodes sharing one database converge through the task table; each keeps its own index.</summary>
public sealed class IndexSyncTests(PostgreSqlSearchSite site) : IClassFixture<PostgreSqlSearchSite>
{
    [Fact]
    public async Task Publish_OnFirstNode_IsFoundOnSecondNodeWithinSeconds()
    {
        var first = site.Node;
        var teacher = await first.NewTeacherAsync();
        var second = new SearchNode(site.Site, Path.Combine(site.Site.DataPath, "second-node"));
        var code = "QX" + Random.Shared.Next(100_000, 999_999);

        var id = await SearchCorpus.CreateAsync(teacher, $"液压系统{code}故障诊断", "工作页。", "0104", "WorkPage", null, []);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var draftOnSecond = await SearchAsync(second.Api(), "q=" + code);
        await first.PublishAsync(teacher, id);

        Assert.Equal(0, draftOnSecond["total"]!.GetValue<int>());
        var found = await SearchUntilAsync(second.Api(), "q=" + code, r => Ids(r).Contains(id), seconds: 10);
        Assert.Contains($"<mark>{code.ToLowerInvariant()}</mark>", found["items"]![0]!["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }
}
