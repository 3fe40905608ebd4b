using System.Diagnostics.Metrics;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceHub.Core.Content;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Resources;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Services;

namespace ResourceHub.Search.Tests.Support;

/// <summary>A real Lucene index in a temporary folder with the site's search service over it, without the site around it.</summary>
public sealed class LocalIndex : IDisposable
{
    private static readonly SiteMetrics Metrics =
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    private readonly string _path = Path.Combine(Path.GetTempPath(), "rh-index-" + Guid.NewGuid().ToString("N"));

    public LocalIndex()
    {
        var options = new SearchOptions { IndexPath = _path };
        Index = new SearchIndex(options, NullLogger<SearchIndex>.Instance);
        Index.Open();
        Service = new SearchService(Index, new AudienceFilters(), new SearchResultsCache(options), Metrics, options);
    }

    public SearchIndex Index { get; }

    public SearchService Service { get; }

    public static readonly Guid School = Guid.NewGuid();

    /// <summary>A published package of <see cref="School"/> with this title and body text.</summary>
    public static PackageView Package(string title, string? specialty = null, ResourceType type = ResourceType.WorkPage, DateTimeOffset? updated = null) =>
        new(Guid.NewGuid(), School, Guid.Empty, PackageViewKind.Published, 1, PackageStatus.Published, 1,
            title, "", specialty ?? "0102", null, null, null, type, null, null, [], [], "共建共享", 0,
            DateTimeOffset.UtcNow, updated ?? DateTimeOffset.UtcNow, []);

    public void Add(string title, string body, string? specialty = null, ResourceType type = ResourceType.WorkPage, DateTimeOffset? updated = null) =>
        Add(Package(title, specialty, type, updated), body);

    /// <summary>One view of a package (published or working) with this body text, as the indexer writes it.</summary>
    public void Add(PackageView view, string body) =>
        Index.Add(PackageDocument.Build(view, null, [new ExtractedText(Guid.NewGuid(), "正文.pdf", body)]));

    public SearchResult Search(ClaimsPrincipal user, string q) => Service.Search(user, new SearchRequest(q));

    /// <summary>Commits what was added as one more segment, and lets searches see it.</summary>
    public void Commit() => Index.Commit(IndexCursor.Start);

    public SearchResult Search(string q, string? sort = null) =>
        Service.Search(new ClaimsPrincipal(new ClaimsIdentity()), new SearchRequest(q, Sort: sort));

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
