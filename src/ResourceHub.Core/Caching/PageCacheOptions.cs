namespace ResourceHub.Core.Caching;

/// <summary><c>ResourceHub:PageCache</c>: anonymous portal pages from the output cache.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "ResourceHub:PageCache";

    /// <summary>False: every page is rendered for every request.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a cached page lives at most. Eviction is per node (the store is in memory), so this
    /// bounds how long another node keeps showing a page after a change; it also bounds how stale
    /// counters that evict nothing (downloads, views) may be.
    /// </summary>
    public int Seconds { get; set; } = 60;
}
