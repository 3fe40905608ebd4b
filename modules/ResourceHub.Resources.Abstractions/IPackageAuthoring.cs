using System.Security.Claims;

namespace ResourceHub.Resources;

/// <summary>A package's metadata as its school writes it (API, pages, recipes, a training assignment).</summary>
public sealed record PackageInput(
    string Title,
    string? Description,
    string SpecialtyCode,
    string? CourseName,
    ResourceType ResourceType,
    TextbookForm? TextbookForm,
    SkillLevel? SkillLevel,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? Authors,
    string? Licence,
    Guid? CourseId = null,
    Guid? LearningTaskId = null);

/// <summary>
/// Making packages for other modules (a recipe's sample packages, a 研修 assignment): the same
/// rules as the package's own routes — its school's teachers only, files checked as any upload —
/// and nothing published: only the review gate moves a package.
/// </summary>
public interface IPackageAuthoring
{
    Task<PackageView> CreateAsync(ClaimsPrincipal author, PackageInput input, CancellationToken ct = default);

    Task<PackageFileView> AddFileAsync(ClaimsPrincipal author, Guid packageId, string fileName, Stream content, CancellationToken ct = default);
}
