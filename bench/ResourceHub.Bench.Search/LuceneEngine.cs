using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Claims;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Search;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;
using ResourceHub.Search.Services;

namespace ResourceHub.Bench.Search;

/// <summary>The site's own index and search service: analysis, query building, visibility, facets, snippets.</summary>
public sealed class LuceneEngine : IDisposable
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>The search latency histogram, recorded as on the site (nobody listens here).</summary>
    private static readonly SiteMetrics Metrics =
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    private readonly SearchOptions _options;
    private readonly SearchIndex _index;
    private readonly AudienceFilters _audiences = new();
    private readonly SearchService _search;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _loose = new();

    public LuceneEngine(string path)
    {
        // No results cache: every figure is a search answered from the index.
        _options = new SearchOptions { IndexPath = path, ResultsCacheEntries = 0 };
        _index = new SearchIndex(_options, NullLogger<SearchIndex>.Instance);
        _search = new SearchService(_index, _audiences, new SearchResultsCache(_options), Metrics, _options);
    }

    public int Threads => _options.IndexThreads;

    public int Documents => _index.Search(s => s.IndexReader.NumDocs);

    public int Segments => _index.Search(s => s.IndexReader.Leaves.Count);

    /// <summary>Indexes the packages as a rebuild of the site does: documents built and analysed on every core.</summary>
    public TimeSpan Build(IReadOnlyList<BenchPackage> packages)
    {
        var clock = Stopwatch.StartNew();
        _index.Open();
        _index.DeleteAll();
        _index.AddAll(packages, p => PackageDocument.Build(p.Package, p.SpecialtyName, [new(Guid.NewGuid(), "正文.pdf", p.Body)]), _options.IndexThreads);
        _index.Commit(IndexCursor.Start);
        return clock.Elapsed;
    }

    /// <summary>Opens an index an earlier run built, to measure queries alone.</summary>
    public static LuceneEngine Existing(string path)
    {
        var engine = new LuceneEngine(path);
        return engine._index.Open() ? engine : throw new InvalidOperationException($"no usable index in {path}: run the build first");
    }

    /// <summary>What one page of results costs a visitor: top 20, total, four facets, snippets.</summary>
    public int Run(string query) => _search.Search(Anonymous, new SearchRequest(query)).Total;

    /// <summary>Match only: how many packages a visitor may open match (strict, else loose), no ranking, facets or stored fields.</summary>
    public int Match(string query)
    {
        var strict = Count(query, loose: false);
        return strict < SearchService.LooseBelow && Build(query).CanLoosen ? Count(query, loose: true) : strict;
    }

    /// <summary>The hits a visitor gets and whether the loose query gave them.</summary>
    public (int Hits, bool Loose) Describe(string query)
    {
        var result = _search.Search(Anonymous, new SearchRequest(query));
        return (result.Total, result.Approximate);
    }

    /// <summary>The stages of a full page, each timed on its own by <see cref="Runs.Profile"/>.</summary>
    public static readonly IReadOnlyList<(string Name, Func<LuceneEngine, string, int> Run)> Stages =
    [
        ("loose match (the fallback)", (e, q) => e.Count(q, loose: true)),
        ("match", (e, q) => e.Match(q)),
        ("Lucene's scorers: rank top 20, 1 thread", (e, q) => e.LuceneRank(q)),
        ($"windowed: count + facets, {Environment.ProcessorCount} threads", (e, q) => e.Windowed(q, Gather.Facets, Environment.ProcessorCount).Top.TotalHits),
        ("windowed: rank + facets, 1 thread", (e, q) => e.Windowed(q, Gather.TopAndFacets, 1).Top.TotalHits),
        ($"windowed: rank + facets, {Environment.ProcessorCount} threads", (e, q) => e.Windowed(q, Gather.TopAndFacets, Environment.ProcessorCount).Top.TotalHits),
        ("full page", (e, q) => e.Run(q)),
    ];

    /// <summary>How many packages the page's ranking scored: fewer than the hits where windows could not reach the page.</summary>
    public int Ranked(string query) => Windowed(query, Gather.TopAndFacets, Environment.ProcessorCount).Ranked;

    private BuiltQuery Build(string query) => QueryBuilder.Build(UserQuery.Parse(query), _index.Analyzer);

    /// <summary>The strict query, or the loose one (the strict where no word loosens), as the page would run it.</summary>
    private Query Chosen(string query, bool loose)
    {
        var built = Build(query);
        return loose ? built.Loose ?? built.Query : built.Query;
    }

    private Query Visible(string query, bool loose) => Visible(Chosen(query, loose));

    /// <summary>The matches a visitor may open, counted by the site's windowed pass on every core: no ranking, facets or stored fields.</summary>
    private int Count(string query, bool loose) => _index.Search(s =>
        SlicedSearch.Run(s, Visible(query, loose), null, 20, Environment.ProcessorCount, gather: Gather.Count).Top.TotalHits);

    /// <summary>Which query the page uses (strict, else loose), decided once, outside the timing.</summary>
    private bool PageUsesLoose(string query) => _loose.GetOrAdd(query, q => Describe(q).Loose);

    /// <summary>The page's query ranked by Lucene's own scorers and top-k collector, for comparison.</summary>
    private int LuceneRank(string query) => _index.Search(s =>
    {
        var top = TopScoreDocCollector.Create(20, docsScoredInOrder: false);
        s.Search(Visible(query, PageUsesLoose(query)), top);
        return top.TotalHits;
    });

    /// <summary>The page's query through the site's windowed pass, ranking and counting as asked.</summary>
    private CollectedHits Windowed(string query, Gather gather, int threads) =>
        _index.Search(s => SlicedSearch.Run(s, Visible(query, PageUsesLoose(query)), null, 20, threads, gather: gather));

    private Query Visible(Query query) => new FilteredQuery(query, _audiences.For(Anonymous).Filter);

    public void Dispose() => _index.Dispose();
}
