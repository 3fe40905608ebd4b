using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Published packages by learning task (as their published versions name it), for the course-standard pages of the Standards module.</summary>
public sealed class PackageLinks(ResourceHubDbContext db) : ILinkedResources
{
    public async Task<IReadOnlyList<LinkedResource>> PublishedForTasksAsync(IReadOnlyCollection<Guid> learningTaskIds, CancellationToken cancellationToken)
    {
        if (learningTaskIds.Count == 0)
        {
            return [];
        }
        var ids = learningTaskIds.ToList();
        // The published version's snapshot: a revision's new title or task shows nowhere until approved.
        var packages = await (
            from p in db.Set<ResourcePackage>().AsNoTracking()
            join v in db.Set<PackageVersion>().AsNoTracking() on new { PackageId = p.Id, Version = p.PublishedVersion ?? 0 } equals new { v.PackageId, v.Version }
            where v.LearningTaskId != null && ids.Contains(v.LearningTaskId.Value)
            orderby v.Title
            select new { p.Id, TaskId = v.LearningTaskId!.Value, v.Title, v.ResourceType, p.SchoolId })
            .ToListAsync(cancellationToken);
        return packages.Select(p => new LinkedResource(p.Id, p.TaskId, p.Title, p.ResourceType.ToChinese(), p.SchoolId)).ToList();
    }
}
