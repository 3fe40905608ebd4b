using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Services;

namespace ResourceHub.Search.Endpoints;

public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/search", "检索");
        group.MapGet("", Search).WithSummary("全文检索资源包（只返回您可以查看的资源包）");
        group.MapPost("/rebuild", Rebuild).RequireAuthorization(SearchPermissions.RebuildIndex.Name).WithSummary("从数据库重建本节点的检索索引");
    }

    // Parameters arrive as strings so that a bad value becomes a 400 problem naming the field.
    private static Ok<SearchResult> Search(
        ClaimsPrincipal user, SearchService search,
        string? q, string? resourceType, string? specialtyCode, string? schoolId, string? textbookForm, string? sort,
        string? page, string? pageSize)
    {
        var request = new SearchRequest(q, resourceType, specialtyCode, schoolId, textbookForm, sort,
            ParseInt("page", page, 1), ParseInt("pageSize", pageSize, 20));
        return TypedResults.Ok(search.Search(user, request));
    }

    private static Accepted Rebuild(IndexWorker worker)
    {
        worker.RequestRebuild();
        return TypedResults.Accepted((string?)null);
    }

    private static int ParseInt(string field, string? value, int fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : throw new FieldException(field, $"{field} 应为整数。");
}
