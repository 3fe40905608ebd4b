using Microsoft.Extensions.Caching.Memory;

namespace ResourceHub.Search.Services;

/// <summary>
/// Recent results for real traffic (a popular word, a facet clicked back and forth), keyed by the
/// index's version, the audience and the request: a commit changes the version, so nothing stale is
/// ever served and old entries just age out. Benchmarks run with it off
/// (<see cref="SearchOptions.ResultsCacheEntries"/> = 0), so their figures are searches, not lookups.
/// </summary>
public sealed class SearchResultsCache(SearchOptions options) : IDisposable
{
    private readonly MemoryCache? _cache = options.ResultsCacheEntries > 0
        ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.ResultsCacheEntries })
        : null;

    public SearchResult GetOrRun(long indexVersion, string audience, SearchRequest request, Func<SearchResult> run)
    {
        if (_cache is null)
        {
            return run();
        }
        var key = (indexVersion, audience, request.Q, request.ResourceType, request.SpecialtyCode, request.SchoolId, request.TextbookForm, request.Sort, request.Page, request.PageSize);
        if (_cache.TryGetValue(key, out SearchResult? found) && found is not null)
        {
            return found;
        }
        var result = run();
        _cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(5) });
        return result;
    }

    public void Dispose() => _cache?.Dispose();
}
