using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Diagnostics;

namespace ResourceHub.Search.Indexing;

/// <summary>How far this node's index is behind the task table: tasks after its cursor, and the age of the oldest.</summary>
public sealed record IndexLag(long Tasks, TimeSpan Behind)
{
    public static async Task<IndexLag> MeasureAsync(ResourceHubDbContext db, IndexCursor cursor, SiteMetrics metrics, CancellationToken ct)
    {
        var last = cursor.Last;
        var pending = db.Set<IndexingTask>().AsNoTracking().Where(t => t.Id > last);
        var tasks = await pending.LongCountAsync(ct);
        // The lowest id is the oldest task (ids are handed out in order).
        var oldest = tasks == 0 ? (DateTimeOffset?)null : await pending.OrderBy(t => t.Id).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(ct);
        var behind = oldest is { } at ? DateTimeOffset.UtcNow - at : TimeSpan.Zero;
        var lag = new IndexLag(tasks, behind < TimeSpan.Zero ? TimeSpan.Zero : behind);
        metrics.IndexLag(lag.Tasks, lag.Behind);
        return lag;
    }
}
