namespace ResourceHub.Search.Indexing;

/// <summary>The fields of a package's document.</summary>
public static class SearchFields
{
    public const string Id = "id";
    /// <summary>Analysed and stored; matches here weigh most.</summary>
    public const string Title = "title";
    /// <summary>Tags, course, specialty and type names: weigh more than body text.</summary>
    public const string Meta = "meta";
    /// <summary>Everything searchable (title, description, meta, extracted text): what must match.</summary>
    public const string All = "all";
    public const string Description = "description";
    /// <summary>Stored only, the start of the extracted text, for snippets.</summary>
    public const string Body = "body";
    /// <summary><c>public</c> and <c>school:&lt;id&gt;</c>: who may find the package.</summary>
    public const string VisibleTo = "visibleTo";
    /// <summary>On a published view under revision: those who find the working view instead (no package twice).</summary>
    public const string HiddenFrom = "hiddenFrom";
    public const string ResourceType = "resourceType";
    public const string SpecialtyCode = "specialtyCode";
    public const string SpecialtyName = "specialtyName";
    public const string SchoolId = "schoolId";
    public const string TextbookForm = "textbookForm";
    public const string Status = "status";
    public const string UpdatedAt = "updatedAt";
    public const string Downloads = "downloads";

    /// <summary>Fields counted for facets (stored as sorted doc values, filtered as exact terms).</summary>
    public static readonly string[] Facets = [ResourceType, SpecialtyCode, SchoolId, TextbookForm];

    public const string PublicAudience = "public";

    /// <summary>Admins find every working view, so the published view of a revised package is hidden from them.</summary>
    public const string AdminAudience = "admin";

    public static string SchoolAudience(Guid schoolId) => "school:" + schoolId.ToString("N");
}
