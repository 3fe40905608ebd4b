using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Search.Indexing;

namespace ResourceHub.Search.Services;

public enum SearchSort
{
    Relevance,
    Newest,
    Downloads,
}

/// <summary>A search as the API and the page take it; <see cref="Validate"/> turns bad values into 400s.</summary>
public sealed record SearchRequest(
    string? Q = null,
    string? ResourceType = null,
    string? SpecialtyCode = null,
    string? SchoolId = null,
    string? TextbookForm = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
    /// <summary>Deeper than this nobody reads; it bounds what one request may cost.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The filters as exact terms on the facet fields.</summary>
    public IReadOnlyList<(string Field, string Value)> Filters { get; private init; } = [];

    public SearchSort SortOrder { get; private init; }

    public SearchRequest Validate()
    {
        if (Page < 1)
        {
            throw new FieldException("page", "页码从 1 开始。");
        }
        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new FieldException("pageSize", $"每页条数应在 1 到 {MaxPageSize} 之间。");
        }
        if ((long)Page * PageSize > MaxDepth)
        {
            throw new FieldException("page", $"最多可翻看前 {MaxDepth} 条结果，请缩小检索范围。");
        }
        var filters = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(ResourceType))
        {
            filters.Add((SearchFields.ResourceType, ParseEnum<ResourceType>("resourceType", ResourceType).ToString()));
        }
        if (!string.IsNullOrWhiteSpace(TextbookForm))
        {
            filters.Add((SearchFields.TextbookForm, ParseEnum<TextbookForm>("textbookForm", TextbookForm).ToString()));
        }
        if (!string.IsNullOrWhiteSpace(SpecialtyCode))
        {
            filters.Add((SearchFields.SpecialtyCode, SpecialtyCode.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(SchoolId))
        {
            filters.Add((SearchFields.SchoolId, Guid.TryParse(SchoolId, out var school)
                ? school.ToString()
                : throw new FieldException("schoolId", "学校编号格式不正确。")));
        }
        var sort = string.IsNullOrWhiteSpace(Sort) ? SearchSort.Relevance : ParseEnum<SearchSort>("sort", Sort);
        return this with { Filters = filters, SortOrder = sort };
    }

    private static T ParseEnum<T>(string field, string value) where T : struct, Enum =>
        Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsAsciiDigit)
            ? parsed
            : throw new FieldException(field, $"“{value}”不是有效的取值，可选：{string.Join("、", Enum.GetNames<T>())}。");
}

public sealed record SearchHit(
    Guid Id, string Title, string Snippet, float Score, string ResourceType, string SpecialtyCode, string SpecialtyName,
    Guid SchoolId, string? TextbookForm, string Status, long Downloads, DateTimeOffset UpdatedAt);

/// <summary><paramref name="Approximate"/>: no page of exact matches, so near matches are included (ranked after the exact ones).</summary>
public sealed record SearchResult(
    int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, bool Approximate = false);
