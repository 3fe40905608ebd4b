using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Search;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Services;

namespace ResourceHub.Bench.Search;

/// <summary>The site's own index and search service: analysis, query building, visibility, facets, snippets.</summary>
public sealed class LuceneEngine(string path) : IDisposable
{
    private readonly SearchIndex _index = new(new SearchOptions { IndexPath = path }, NullLogger<SearchIndex>.Instance);
    private SearchService? _search;

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>The search latency histogram, recorded as on the site (nobody listens here).</summary>
    private static readonly SiteMetrics Metrics =
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    public TimeSpan Build(IEnumerable<BenchPackage> packages)
    {
        var clock = Stopwatch.StartNew();
        _index.Open();
        _index.DeleteAll();
        // The writer is thread-safe; a rebuild may analyse on every core.
        Parallel.ForEach(packages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
            _index.Add(PackageDocument.Build(p.Package, p.SpecialtyName, [new(Guid.NewGuid(), "正文.pdf", p.Body)])));
        _index.Commit(IndexCursor.Start);
        _search = new SearchService(_index, new AudienceFilters(), Metrics);
        return clock.Elapsed;
    }

    /// <summary>Opens an index an earlier run built, to measure queries alone.</summary>
    public bool OpenExisting()
    {
        var usable = _index.Open();
        _search = new SearchService(_index, new AudienceFilters(), Metrics);
        return usable;
    }

    /// <summary>Only matching and counting, without sorting, facets, stored fields or snippets.</summary>
    public int Count(string query)
    {
        var built = ResourceHub.Search.Querying.QueryBuilder.Build(ResourceHub.Search.Querying.UserQuery.Parse(query), _index.Analyzer);
        return _index.Search(s =>
        {
            var counter = new Lucene.Net.Search.TotalHitCountCollector();
            s.Search(built.Query, counter);
            return counter.TotalHits;
        });
    }

    /// <summary>What one page of results costs a visitor: top 20, total, four facets, snippets.</summary>
    public int Run(string query) => _search!.Search(Anonymous, new SearchRequest(query)).Total;

    public void Dispose() => _index.Dispose();
}
