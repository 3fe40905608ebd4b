using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Schools;
using ResourceHub.Search.Services;
using ResourceHub.Standards;

namespace ResourceHub.Search.Pages;

public sealed class SearchModel(SearchService search, ISpecialtyCatalog specialties, ISchoolDirectory schools) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? ResourceType { get; set; }
    [BindProperty(SupportsGet = true)] public string? SpecialtyCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public string? TextbookForm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    // From the query string only: "page" is also the route value naming this Razor page ("/Search"), which failed to bind as a number.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public SearchResult? Result { get; private set; }

    public const int PageSize = 20;

    /// <summary>Names for the facet values: specialty codes and school ids read badly.</summary>
    private Dictionary<string, string> _names = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Result = search.Search(User, new SearchRequest(Q, ResourceType, SpecialtyCode, SchoolId, TextbookForm, Sort, PageNumber, PageSize));
            _names = (await specialties.ListAsync(ct)).Select(s => (Key: s.Code, Name: $"{s.Name}（{s.Code}）"))
                .Concat((await schools.ListAsync(ct)).Select(s => (Key: s.Id.ToString(), s.Name)))
                .ToDictionary(n => n.Key, n => n.Name);
        }
        catch (FieldException e)
        {
            ModelState.AddDomainError(e);
        }
    }

    public int PageCount => Result is null ? 0 : (Result.Total + PageSize - 1) / PageSize;

    /// <summary>This search with one parameter changed (null removes it); anything but "page" goes back to page 1.</summary>
    public string Link(string name, string? value)
    {
        var values = Filters.Prepend(new("q", Q)).Append(new("sort", Sort)).ToDictionary();
        values[name] = value;
        return ToUrl(values);
    }

    private static string ToUrl(IEnumerable<KeyValuePair<string, string?>> values) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)));

    public static readonly (string? Value, string Label)[] Sorts = [(null, "相关度"), ("Newest", "最新"), ("Downloads", "下载最多")];

    public bool IsSort(string? value) => string.Equals(string.IsNullOrEmpty(Sort) ? null : Sort, value, StringComparison.OrdinalIgnoreCase);

    private IEnumerable<KeyValuePair<string, string?>> Filters =>
    [
        new("resourceType", ResourceType), new("specialtyCode", SpecialtyCode), new("schoolId", SchoolId), new("textbookForm", TextbookForm),
    ];

    public int FilterCount => Filters.Count(f => !string.IsNullOrEmpty(f.Value));

    /// <summary>What a new search from this page's box keeps: the filters and the order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Kept =>
        Filters.Append(new("sort", Sort)).Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!));

    public string WithoutFilters() => ToUrl([new("q", Q), new("sort", Sort)]);

    public static string FacetTitle(string facet) => facet switch
    {
        "resourceType" => "资源类型",
        "specialtyCode" => "专业",
        "schoolId" => "学校",
        _ => "教材形式",
    };

    public string FacetLabel(string facet, string value) => facet switch
    {
        "resourceType" when Enum.TryParse<ResourceType>(value, out var t) => t.ToChinese(),
        "textbookForm" when Enum.TryParse<TextbookForm>(value, out var f) => f.ToChinese(),
        _ => _names.GetValueOrDefault(value, value),
    };

    public string? Selected(string facet) => facet switch
    {
        "resourceType" => ResourceType,
        "specialtyCode" => SpecialtyCode,
        "schoolId" => SchoolId,
        _ => TextbookForm,
    };
}
