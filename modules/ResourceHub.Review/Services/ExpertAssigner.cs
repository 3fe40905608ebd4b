using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Chooses experts from the pool for an expert stage: appointed and active today, covering the
/// package's specialty, without a conflict (the review's schools, anyone with an interest in the
/// package, anyone assigned to this stage before), the least busy first. Adds to the caller's
/// unit of work; the caller saves.
/// </summary>
public sealed class ExpertAssigner(ResourceHubDbContext db, Notifier notifier, ExpertReserve reserve, TimeProvider clock)
{
    /// <summary>Fills the stage up to its required number of active or decided assignments; returns how many are still missing.</summary>
    public async Task<int> FillAsync(Models.Review review, string packageTitle, CancellationToken ct)
    {
        var held = review.Assignments.Count(a => a.Status is AssignmentStatus.Active or AssignmentStatus.Decided);
        var missing = review.RequiredApprovals - held;
        if (missing <= 0 || !review.IsOpen)
        {
            return 0;
        }
        var before = review.Assignments.Select(a => a.UserId).ToHashSet();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pool = (await db.Set<Expert>().AsNoTracking().Where(e => e.SuspendedAt == null).ToListAsync(ct))
            .Where(e => e.IsActiveOn(today) && (review.SpecialtyCode is null || e.Covers(review.SpecialtyCode))).ToList();
        var candidates = await WithoutConflictAsync(review, pool, before, ct);
        if (candidates.Count < missing)
        {
            // Too few appointed experts: the reserve (school-less Reviewers an Admin created) steps in.
            var skip = review.Interested.Concat(before).ToHashSet();
            candidates.AddRange(await WithoutConflictAsync(review, await reserve.AppointAsync(skip, ct), before, ct));
        }
        var ids = candidates.Select(e => e.Id).ToList();
        var load = await db.Set<ReviewAssignment>().AsNoTracking().Where(a => ids.Contains(a.ExpertId) && a.Status == AssignmentStatus.Active)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = clock.GetUtcNow();
        // Specialists of the package's field before generalists, then the least busy, then the longest serving.
        foreach (var expert in candidates.OrderBy(e => !e.Specialises).ThenBy(e => load.GetValueOrDefault(e.Id)).ThenBy(e => e.AppointedAt).Take(missing))
        {
            var assignment = new ReviewAssignment { ReviewId = review.Id, ExpertId = expert.Id, UserId = expert.UserId, AssignedAt = now, DueAt = now.AddDays(review.DueDays) };
            db.Add(assignment);
            if (!review.Assignments.Contains(assignment))
            {
                review.Assignments.Add(assignment);
            }
            notifier.Tell(expert.UserId, $"专家审核任务：《{packageTitle}》（第 {review.Version} 版）",
                $"您被指派审核这项资源，请在 {assignment.DueAt.ToChinaTime():yyyy-MM-dd HH:mm} 前作出决定；如有利益冲突或无法按时审核，可以说明理由后拒绝。",
                $"/review/{review.Id}");
            missing--;
            // Two nodes filling the same stage at once: the review's concurrency stamp lets only one commit.
            review.Touch();
        }
        return missing;
    }

    /// <summary>The experts without a conflict: not of the review's schools, no interest in the package, not assigned to this stage before.</summary>
    private async Task<List<Expert>> WithoutConflictAsync(Models.Review review, List<Expert> experts, HashSet<Guid> before, CancellationToken ct)
    {
        var userIds = experts.Select(e => e.UserId).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.SchoolId, u.DisabledAt }).ToDictionaryAsync(u => u.Id, ct);
        return experts.Where(e => users.TryGetValue(e.UserId, out var u) && u.DisabledAt is null
                && u.SchoolId != review.SchoolId && (u.SchoolId is null || u.SchoolId != review.ExcludedSchoolId)
                && !review.Interested.Contains(e.UserId) && !before.Contains(e.UserId))
            .ToList();
    }

    /// <summary>Closes an assignment (declined, overdue, withdrawn) and assigns another expert in its place.</summary>
    public Task<int> ReplaceAsync(Models.Review review, ReviewAssignment assignment, AssignmentStatus why, string? reason, string packageTitle, CancellationToken ct)
    {
        assignment.Close(why, reason);
        review.Touch();
        return FillAsync(review, packageTitle, ct);
    }

    /// <summary>When an expert stage closes, open assignments of the others end with it.</summary>
    public static void CloseRemaining(Models.Review review)
    {
        foreach (var open in review.Assignments.Where(a => a.IsActive))
        {
            open.Close(AssignmentStatus.Closed);
        }
    }
}
