using System.Globalization;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// How far this node's index has read the task table, committed with the index itself. Ids
/// are handed out before commit, so on PostgreSQL a lower id can become visible after a higher
/// one; the ids skipped over are kept as gaps and read again until they appear or grow old.
/// </summary>
public sealed record IndexCursor(long Last, IReadOnlyDictionary<long, DateTimeOffset> Gaps)
{
    private static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(2);
    private const int MaxGaps = 1000;

    public static readonly IndexCursor Start = new(0, new Dictionary<long, DateTimeOffset>());

    /// <summary>The cursor after reading the tasks <paramref name="seen"/> (ids after Last, or former gaps).</summary>
    public IndexCursor Advance(IReadOnlyCollection<long> seen, DateTimeOffset now)
    {
        var last = seen.Count == 0 ? Last : Math.Max(Last, seen.Max());
        var seenSet = seen.ToHashSet();
        var gaps = Gaps.Where(g => !seenSet.Contains(g.Key) && now - g.Value < GapLifetime).ToDictionary();
        for (var id = Math.Max(Last + 1, last - MaxGaps); id < last; id++)
        {
            if (!seenSet.Contains(id))
            {
                gaps[id] = now;
            }
        }
        return new IndexCursor(last, gaps.OrderByDescending(g => g.Key).Take(MaxGaps).ToDictionary());
    }

    /// <summary>True when the cursor would change without any new task: a gap grew old.</summary>
    public bool HasExpiredGaps(DateTimeOffset now) => Gaps.Values.Any(t => now - t >= GapLifetime);

    public Dictionary<string, string> ToUserData() => new()
    {
        ["cursor"] = Last.ToString(CultureInfo.InvariantCulture),
        ["gaps"] = string.Join(',', Gaps.Select(g => $"{g.Key}:{g.Value.ToUnixTimeSeconds()}")),
    };

    public static IndexCursor FromUserData(IDictionary<string, string> data)
    {
        var last = data.TryGetValue("cursor", out var c) && long.TryParse(c, CultureInfo.InvariantCulture, out var l) ? l : 0;
        var gaps = new Dictionary<long, DateTimeOffset>();
        if (data.TryGetValue("gaps", out var g))
        {
            foreach (var entry in g.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var pair = entry.Split(':');
                if (pair.Length == 2 && long.TryParse(pair[0], CultureInfo.InvariantCulture, out var id) && long.TryParse(pair[1], CultureInfo.InvariantCulture, out var at))
                {
                    gaps[id] = DateTimeOffset.FromUnixTimeSeconds(at);
                }
            }
        }
        return new IndexCursor(last, gaps);
    }
}
