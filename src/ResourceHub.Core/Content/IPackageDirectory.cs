namespace ResourceHub.Core.Content;

/// <summary>
/// Published packages by id, for modules that link to packages (a nomination's evidence)
/// without depending on the module that owns them. Only published ones: a link never reveals a draft.
/// </summary>
public interface IPackageDirectory
{
    Task<IReadOnlyList<LinkedPackage>> PublishedAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken cancellationToken);
}

public sealed record LinkedPackage(Guid PackageId, string Title, string ResourceType, Guid SchoolId, Guid? CourseId, string SpecialtyCode);
