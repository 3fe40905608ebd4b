using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Search.Tests.Support;

/// <summary>A class fixture: the provider's site, and one search node on it shared by the class's tests.</summary>
public abstract class SearchSite(SiteFixture site) : IAsyncLifetime
{
    private SearchNode? _node;
    private Task<SearchCorpus>? _corpus;

    public SiteFixture Site { get; } = site;

    public SearchNode Node => _node ??= new SearchNode(Site);

    /// <summary>The shared test data, created once per class on its node.</summary>
    public Task<SearchCorpus> CorpusAsync() => _corpus ??= SearchCorpus.CreateAsync(Node);

    public ValueTask InitializeAsync() => Site.InitializeAsync();

    public ValueTask DisposeAsync() => ((IAsyncDisposable)Site).DisposeAsync();
}

public sealed class SqliteSearchSite() : SearchSite(new SqliteSite());

public sealed class PostgreSqlSearchSite() : SearchSite(new PostgreSqlSite());
