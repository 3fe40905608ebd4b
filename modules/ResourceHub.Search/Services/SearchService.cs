using System.Diagnostics;
using System.Security.Claims;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Core.Content;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;

namespace ResourceHub.Search.Services;

/// <summary>
/// Runs a search for a user. Visibility is a clause of the Lucene query itself, so totals,
/// facets and snippets only ever come from packages the user may open. The strict query (all of
/// each word's terms) runs first; the loose one only when that finds fewer than
/// <see cref="LooseBelow"/>, and the result says it is approximate when near matches were added.
/// Recent pages come from <see cref="SearchResultsCache"/>, keyed by the index's version.
/// </summary>
public sealed class SearchService(SearchIndex index, AudienceFilters audiences, SearchResultsCache cache, SiteMetrics metrics, SearchOptions options)
{
    /// <summary>Fewer strict hits than a page: near matches are worth showing after them.</summary>
    public const int LooseBelow = 20;

    public SearchResult Search(ClaimsPrincipal user, SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return Run(user, request);
        }
        finally
        {
            metrics.SearchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private SearchResult Run(ClaimsPrincipal user, SearchRequest request)
    {
        request = request.Validate();
        var input = UserQuery.Parse(UnicodeText.Normalize(request.Q));
        var audience = audiences.For(user);
        var snippets = new SnippetMaker(index.Analyzer);
        var depth = request.Page * request.PageSize;
        var sort = SortFor(request.SortOrder);
        return index.Search(searcher => cache.GetOrRun(((DirectoryReader)searcher.IndexReader).Version, audience.Key, request, () =>
        {
            CollectedHits Find(Query query) =>
                SlicedSearch.Run(searcher, Restrict(query, audience.Filter, request.Filters), sort, depth, options.SearchThreads);

            var built = QueryBuilder.Build(input, index.Analyzer);
            var hits = Find(built.Query);
            var exact = hits.Top.TotalHits;
            if (built.Loose is { } loose && exact < LooseBelow)
            {
                hits = Find(loose);
            }
            var approximate = hits.Top.TotalHits > exact;
            var items = hits.Top.ScoreDocs.Skip((request.Page - 1) * request.PageSize)
                .Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, built, snippets)).ToList();
            return new SearchResult(hits.Top.TotalHits, request.Page, request.PageSize, items, hits.Facets, approximate);
        }));
    }

    /// <summary>Facet filters as required, score-neutral clauses; visibility as a cached filter.</summary>
    private static Query Restrict(Query query, Filter visibility, IReadOnlyList<(string Field, string Value)> filters)
    {
        if (filters.Count > 0)
        {
            var filtered = new BooleanQuery { { query, Occur.MUST } };
            foreach (var (field, value) in filters)
            {
                filtered.Add(new ConstantScoreQuery(new CachedTermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
            }
            query = filtered;
        }
        return new FilteredQuery(query, visibility);
    }

    private static Sort? SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => null,
        SearchSort.Newest => new Sort(new SortField(SearchFields.UpdatedAt, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
        _ => new Sort(new SortField(SearchFields.Downloads, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
    };

    private static SearchHit ToHit(Document doc, float score, BuiltQuery built, SnippetMaker snippets)
    {
        var description = doc.Get(SearchFields.Description) ?? "";
        var body = doc.Get(SearchFields.Body) ?? "";
        var title = doc.Get(SearchFields.Title) ?? "";
        // The extracted text first: that is where a term found only inside a file shows why the package matched.
        var snippet = snippets.Make(body, built.Highlights)
            ?? snippets.Make(description, built.Highlights)
            ?? snippets.Make(title, built.Highlights)
            ?? snippets.Lede(description.Length > 0 ? description : body);
        return new SearchHit(
            Guid.ParseExact(doc.Get(SearchFields.Id), "N"),
            title,
            snippet,
            float.IsNaN(score) ? 0 : score,
            doc.Get(SearchFields.ResourceType),
            doc.Get(SearchFields.SpecialtyCode),
            doc.Get(SearchFields.SpecialtyName) ?? "",
            Guid.Parse(doc.Get(SearchFields.SchoolId)),
            doc.Get(SearchFields.TextbookForm),
            doc.Get(SearchFields.Status),
            doc.GetField(SearchFields.Downloads)?.GetInt64Value() ?? 0,
            new DateTimeOffset(doc.GetField(SearchFields.UpdatedAt)?.GetInt64Value() ?? 0, TimeSpan.Zero));
    }
}
