using Microsoft.AspNetCore.OutputCaching;

namespace ResourceHub.Core.Caching;

/// <summary>
/// Tags of cached pages to evict once the current unit of work commits (scoped). Event handlers
/// and services add tags before SaveChanges; <see cref="EvictPagesInterceptor"/> evicts them after
/// the commit, so no request can cache the old data again between eviction and commit.
/// </summary>
public sealed class PageEvictions(IOutputCacheStore store)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    public void AfterCommit(params IEnumerable<string> tags)
    {
        lock (_pending)
        {
            _pending.UnionWith(tags);
        }
    }

    internal async Task FlushAsync()
    {
        string[] tags;
        lock (_pending)
        {
            tags = [.. _pending];
            _pending.Clear();
        }
        foreach (var tag in tags)
        {
            // The change is committed: eviction must not be cancelled half-way by the request ending.
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }

    internal void Discard()
    {
        lock (_pending)
        {
            _pending.Clear();
        }
    }
}
