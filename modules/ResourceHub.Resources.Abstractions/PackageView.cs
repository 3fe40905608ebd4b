
namespace ResourceHub.Resources;

/// <summary>
/// One version of a package as a reader sees it: the published view (the last approved version's
/// snapshot and exactly its files) or the working view (the draft, for its school and its deciders).
/// Other modules read packages only as these records, never as rows.
/// </summary>
/// <param name="Kind">Which view this is; a published view's <paramref name="Status"/> is always Published.</param>
public sealed record PackageView(
    Guid Id,
    Guid SchoolId,
    Guid CreatedById,
    PackageViewKind Kind,
    int Version,
    PackageStatus Status,
    int? PublishedVersion,
    string Title,
    string Description,
    string SpecialtyCode,
    string? CourseName,
    Guid? CourseId,
    Guid? LearningTaskId,
    ResourceType ResourceType,
    TextbookForm? TextbookForm,
    SkillLevel? SkillLevel,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Authors,
    string Licence,
    long Downloads,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PackageFileView> Files)
{
    /// <summary>
    /// A published package whose next version is being revised or reviewed, so that its working
    /// view differs from its published one (set on both views).
    /// </summary>
    public bool IsRevised { get; init; }

    /// <summary>How often its files were opened on the page (reader, player, preview); <see cref="Downloads"/> counts real downloads only.</summary>
    public long Views { get; init; }

    /// <summary>Its school may change it: a working view in Draft or Returned.</summary>
    public bool IsEditable => Kind == PackageViewKind.Working && Status is PackageStatus.Draft or PackageStatus.Returned;
}

public enum PackageViewKind
{
    /// <summary>The last approved version: what everyone may see.</summary>
    Published,
    /// <summary>The version being edited or reviewed: for its school and its deciders.</summary>
    Working,
    /// <summary>A version as it was submitted for review (its snapshot): for its deciders.</summary>
    Submitted,
}

/// <summary>A file of the version shown. The bytes are served by <c>/api/v1/files/{Id}</c>, which applies the same views.</summary>
public sealed record PackageFileView(Guid Id, string Name, long Size, string ContentType, string Sha256, ResourceType? Kind, DateTimeOffset CreatedAt);
