using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Published packages by learning task, for the course-standard pages of the Standards module.</summary>
public sealed class PackageLinks(ResourceHubDbContext db) : ILinkedResources
{
    public async Task<IReadOnlyList<LinkedResource>> PublishedForTasksAsync(IReadOnlyCollection<Guid> learningTaskIds, CancellationToken cancellationToken)
    {
        if (learningTaskIds.Count == 0)
        {
            return [];
        }
        var ids = learningTaskIds.ToList();
        var packages = await db.Set<ResourcePackage>().AsNoTracking()
            .Published().Where(p => p.LearningTaskId != null && ids.Contains(p.LearningTaskId.Value))
            .OrderBy(p => p.Title)
            .Select(p => new { p.Id, TaskId = p.LearningTaskId!.Value, p.Title, p.ResourceType, p.SchoolId })
            .ToListAsync(cancellationToken);
        return packages.Select(p => new LinkedResource(p.Id, p.TaskId, p.Title, p.ResourceType.ToChinese(), p.SchoolId)).ToList();
    }
}
