using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Services;

/// <summary>A word's exact matches first; near matches (its bigrams in any order, half of them) only when there are too few.</summary>
public sealed class StrictFirstSearchTests : IDisposable
{
    private readonly LocalIndex _index = new();

    [Fact]
    public void Search_PageOfExactMatches_LeavesNearMatchesOut()
    {
        for (var i = 0; i < SearchService.LooseBelow; i++)
        {
            _index.Add($"设备维护工作页{i}", "减速机异响的排查步骤。");
        }
        _index.Add("设备巡检工作页", "减速机运行中出现异响时应停机。");
        _index.Commit();

        var result = _index.Search("减速机异响");

        Assert.Equal(SearchService.LooseBelow, result.Total);
        Assert.False(result.Approximate);
        Assert.DoesNotContain(result.Items, hit => hit.Title == "设备巡检工作页");
    }

    [Fact]
    public void Search_FewExactMatches_AddsNearMatchesAfterThem()
    {
        _index.Add("巡检记录一", "减速机运行中出现异响时应停机。");
        _index.Add("巡检记录二", "异响来自减速机的轴承。");
        _index.Add("故障排查", "减速机异响的排查步骤。");
        _index.Add("焊接工艺", "焊缝气孔的成因。");
        _index.Commit();

        var result = _index.Search("减速机异响");

        Assert.True(result.Approximate);
        Assert.Equal(3, result.Total);
        Assert.Equal("故障排查", result.Items[0].Title);
    }

    [Fact]
    public void Search_ExactMatchesOnly_IsNotApproximate()
    {
        _index.Add("故障排查", "减速机异响的排查步骤。");
        _index.Add("焊接工艺", "焊缝气孔的成因。");
        _index.Commit();

        var result = _index.Search("减速机异响");

        Assert.Equal(1, result.Total);
        Assert.False(result.Approximate);
    }

    public void Dispose() => _index.Dispose();
}
