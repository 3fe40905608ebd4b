using Microsoft.EntityFrameworkCore;
using ResourceHub.Review.Models;
using ResourceHub.Schools;

namespace ResourceHub.Review.Services;

/// <summary>What a reviewer needs beside the version: the selection's context, their own assignment.</summary>
public sealed partial class ReviewQueries
{
    public sealed record SelectionContext(Selection Selection, string SchoolName, string RequestedBy, CatalogueEntry? Catalogue);

    /// <summary>The request a selection review is about: school, course, learning task, term, students, reason, and the catalogue check.</summary>
    public async Task<SelectionContext?> SelectionContextAsync(Models.Review review, ISchoolDirectory schools, CancellationToken ct = default)
    {
        if (review.SelectionId is not { } id)
        {
            return null;
        }
        var selection = await db.Set<Selection>().AsNoTracking().FirstAsync(s => s.Id == id, ct);
        var school = (await schools.GetAsync(selection.SchoolId, ct)).Name;
        var by = await db.Users.AsNoTracking().Where(u => u.Id == selection.RequestedById).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        var entry = selection.CatalogueEntryId is { } e ? await db.Set<CatalogueEntry>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == e, ct) : null;
        return new SelectionContext(selection, school, by, entry);
    }

    public sealed record AssignmentRow(ReviewAssignment Assignment, string ExpertName, string PackageTitle, int Version, ReviewStage Stage, ReviewKind Kind);

    /// <summary>Assignments for the admin's overview: overdue ones (due date passed, still open) and the recent history.</summary>
    public async Task<List<AssignmentRow>> AssignmentsAsync(bool overdueOnly, DateTimeOffset now, CancellationToken ct = default)
    {
        var query = db.Set<ReviewAssignment>().AsNoTracking();
        query = overdueOnly ? query.Where(a => a.Status == AssignmentStatus.Active) : query;
        var rows = (await query.ToListAsync(ct)).Where(a => !overdueOnly || a.DueAt < now).OrderByDescending(a => a.AssignedAt).Take(300).ToList();
        var reviewIds = rows.Select(a => a.ReviewId).Distinct().ToList();
        var reviews = await db.Set<Models.Review>().AsNoTracking().Where(r => reviewIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var titles = new Dictionary<Guid, string>();
        foreach (var r in reviews.Values)
        {
            titles[r.Id] = await SubjectTitleAsync(r, ct);
        }
        var userIds = rows.Select(a => a.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(a =>
        {
            var r = reviews[a.ReviewId];
            var title = titles[r.Id];
            return new AssignmentRow(a, names.GetValueOrDefault(a.UserId) ?? "", title, r.Version, r.Stage, r.Kind);
        }).ToList();
    }

    /// <summary>Open expert stages that still lack assigned experts (no match in the pool when they opened).</summary>
    public async Task<List<Models.Review>> UnderstaffedAsync(CancellationToken ct = default)
    {
        var open = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.Status == ReviewStatus.Pending && r.Stage == ReviewStage.Expert).ToListAsync(ct);
        return open.Where(r => r.Assignments.Count(a => a.Status is AssignmentStatus.Active or AssignmentStatus.Decided) < r.RequiredApprovals).ToList();
    }
}
