namespace ResourceHub.Core.Content;

/// <summary>
/// The approved (published) packages linked to learning tasks, for pages that show a course's
/// tasks without depending on the module that owns packages.
/// </summary>
public interface ILinkedResources
{
    Task<IReadOnlyList<LinkedResource>> PublishedForTasksAsync(IReadOnlyCollection<Guid> learningTaskIds, CancellationToken cancellationToken);
}

public sealed record LinkedResource(Guid PackageId, Guid LearningTaskId, string Title, string ResourceType, Guid SchoolId);
