using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// The reviewer's desk for one review: the version's files with their previews and extracted text,
/// the opinions on earlier versions, what changed since the last reviewed version, the author's
/// 修改说明, and the checklist of the resource type. Callers have checked sight of the review.
/// </summary>
public sealed class ReviewWorkspace(ResourceHubDbContext db, IPackageViews views, IPackageFileDetails details,
    IEnumerable<IExtractedTextSource> texts, ReviewChecklists checklists)
{
    public sealed record Desk(
        PackageView? Version,
        IReadOnlyList<PackageFileDetail> Files,
        IReadOnlyList<ExtractedText> Texts,
        IReadOnlyList<Models.Review> Earlier,
        VersionChanges? Changes,
        string? ChangeNote,
        IReadOnlyList<string> Checklist);

    public async Task<Desk> ForAsync(Models.Review review, CancellationToken ct = default)
    {
        if (review.PackageId is not { } packageId || await views.SubmittedAsync(packageId, review.Version, ct) is not { } version)
        {
            return new(null, [], [], [], null, null, await checklists.ItemsAsync(ResourceType.Textbook, ct));
        }
        var earlier = review.Kind != ReviewKind.Authoring ? [] : await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions)
            .Where(r => r.PackageId == packageId && r.Kind == ReviewKind.Authoring && r.Version < review.Version)
            .OrderByDescending(r => r.Version).ThenBy(r => r.OpenedAt).ToListAsync(ct);
        var previous = earlier.Where(r => r.Decisions.Count > 0).Select(r => r.Version).FirstOrDefault();
        var before = previous > 0 ? await views.SubmittedAsync(packageId, previous, ct) : null;
        var fileIds = version.Files.Select(f => f.Id).Concat(before?.Files.Select(f => f.Id) ?? []).ToHashSet();
        var found = new List<ExtractedText>();
        foreach (var source in texts)
        {
            found.AddRange(await source.ForFilesAsync(fileIds, ct));
        }
        var current = version.Files.Select(f => f.Id).ToHashSet();
        var note = await db.Set<HistoryEntry>().AsNoTracking()
            .Where(h => h.PackageId == packageId && h.Version == review.Version && h.Action == HistoryActions.Submitted)
            .OrderByDescending(h => h.Id).Select(h => h.Comment).FirstOrDefaultAsync(ct);
        return new(version, await details.OfAsync(version, ct), found.Where(t => current.Contains(t.FileId)).ToList(), earlier,
            before is null ? null : VersionChanges.Between(before, version, found), note, await checklists.ItemsAsync(version.ResourceType, ct));
    }
}
