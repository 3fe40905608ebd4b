using ResourceHub.Search.Tests.Support;
using Xunit;
using static ResourceHub.Search.Tests.Support.SearchNode;

namespace ResourceHub.Search.Tests.Indexing;

/// <summary>The database holds the truth: a damaged or stale index is repaired from it on start.</summary>
public sealed class IndexRecoveryTests(SqliteSearchSite site) : IClassFixture<SqliteSearchSite>
{
    [Fact]
    public async Task Start_WithCorruptIndex_RebuildsFromTheDatabase()
    {
        var node = new SearchNode(site.Site);
        var (id, code) = await PublishedPackageAsync(node, "ZC");
        await SearchUntilAsync(node.Api(), "q=" + code, r => Ids(r).Contains(id));
        await node.Factory.DisposeAsync();

        var index = Path.Combine(site.Site.DataPath, "index");
        foreach (var file in Directory.EnumerateFiles(index).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var garbage = new byte[Math.Max(16, new FileInfo(file).Length)];
            Random.Shared.NextBytes(garbage);
            await File.WriteAllBytesAsync(file, garbage, TestContext.Current.CancellationToken);
        }
        var restarted = new SearchNode(site.Site);

        await SearchUntilAsync(restarted.Api(), "q=" + code, r => Ids(r).SequenceEqual([id]));
        await restarted.ReadyAsync();
    }

    [Fact]
    public async Task Start_AfterChangesWhileDown_CatchesUpFromItsCursor()
    {
        var writer = new SearchNode(site.Site, indexPath: Path.Combine(site.Site.DataPath, "writer-index"));
        var reader = new SearchNode(site.Site, indexPath: Path.Combine(site.Site.DataPath, "reader-index"));
        await SearchAsync(reader.Api(), "q=");
        await reader.Factory.DisposeAsync();

        var (id, code) = await PublishedPackageAsync(writer, "CU");
        var restarted = new SearchNode(site.Site, indexPath: Path.Combine(site.Site.DataPath, "reader-index"));

        await SearchUntilAsync(restarted.Api(), "q=" + code, r => Ids(r).SequenceEqual([id]));
    }

    /// <summary>A published package whose title holds a code found nowhere else.</summary>
    private static async Task<(Guid Id, string Code)> PublishedPackageAsync(SearchNode node, string prefix)
    {
        var code = prefix + Random.Shared.Next(100_000, 999_999);
        var teacher = await node.NewTeacherAsync();
        var id = await SearchCorpus.CreateAsync(teacher, $"汽车发动机{code}检修", "教学案例。", "0401", "CaseLibrary", null, []);
        await node.PublishAsync(teacher, id);
        return (id, code);
    }
}
