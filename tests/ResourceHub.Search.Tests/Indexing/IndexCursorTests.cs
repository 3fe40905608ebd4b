using ResourceHub.Search.Indexing;
using Xunit;

namespace ResourceHub.Search.Tests.Indexing;

public sealed class IndexCursorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_SkippedIds_AreKeptAsGaps()
    {
        var cursor = IndexCursor.Start.Advance([1, 2, 5], Now);

        Assert.Equal(5, cursor.Last);
        Assert.Equal([3, 4], cursor.Gaps.Keys.Order());
    }

    [Fact]
    public void Advance_GapThatAppears_IsClosed()
    {
        var cursor = IndexCursor.Start.Advance([1, 3], Now).Advance([2], Now.AddSeconds(1));

        Assert.Equal(3, cursor.Last);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void Advance_GapOlderThanTwoMinutes_IsDropped()
    {
        var cursor = IndexCursor.Start.Advance([1, 3], Now);

        Assert.True(cursor.HasExpiredGaps(Now.AddMinutes(3)));
        Assert.Empty(cursor.Advance([], Now.AddMinutes(3)).Gaps);
    }

    [Fact]
    public void UserData_RoundTrips()
    {
        var cursor = IndexCursor.Start.Advance([1, 4], Now);

        var read = IndexCursor.FromUserData(cursor.ToUserData());

        Assert.Equal(cursor.Last, read.Last);
        Assert.Equal(cursor.Gaps, read.Gaps);
    }

    [Fact]
    public void FromUserData_Nothing_IsTheStart()
    {
        Assert.Equal(0, IndexCursor.FromUserData(new Dictionary<string, string>()).Last);
    }
}
