using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>The gate's expert half: declining, reassigning overdue work, suspending an expert.</summary>
public sealed partial class ReviewGate
{
    /// <summary>The assigned expert declines (a conflict, no time) with a reason; the stage is reassigned at once.</summary>
    public async Task DeclineAsync(ClaimsPrincipal actor, Guid reviewId, string? reason, CancellationToken ct = default)
    {
        var review = await LoadAsync(reviewId, ct) ?? throw new NotFoundException("审核任务不存在。");
        var assignment = actor.UserId() is { } me ? review.ActiveAssignmentOf(me) : null;
        if (assignment is null || !review.IsOpen)
        {
            throw new ForbiddenException("只有被指派且尚未作出决定的专家可以拒绝这项审核。");
        }
        var why = Required(reason, "reason", "请说明拒绝审核的理由（例如存在利益冲突、无法按期完成）。");
        await assigner.ReplaceAsync(review, assignment, AssignmentStatus.Declined, why, await queries.SubjectTitleAsync(review, ct), ct);
        await CommitAsync(ct);
    }

    /// <summary>
    /// Reassigns every assignment past its due date and fills expert stages still short of experts
    /// (none matched when they opened). Run by the background sweeper; returns how many were reassigned.
    /// </summary>
    public async Task<int> ReassignOverdueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var reviews = await db.Set<Models.Review>().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.Status == ReviewStatus.Pending && r.Stage == ReviewStage.Expert).ToListAsync(ct);
        var count = 0;
        foreach (var review in reviews)
        {
            var title = await queries.SubjectTitleAsync(review, ct);
            foreach (var late in review.Assignments.Where(a => a.IsActive && a.DueAt < now).ToList())
            {
                await assigner.ReplaceAsync(review, late, AssignmentStatus.Overdue, "逾期未审核，已改派", title, ct);
                count++;
            }
            await assigner.FillAsync(review, title, ct);
        }
        await CommitAsync(ct);
        return count;
    }

    /// <summary>Suspends an expert; their open assignments are withdrawn and given to others.</summary>
    public async Task SuspendExpertAsync(ClaimsPrincipal actor, Guid expertId, string? reason, CancellationToken ct = default)
    {
        var expert = await pool.SuspendAsync(actor, expertId, reason, ct);
        var open = await db.Set<Models.Review>().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.Status == ReviewStatus.Pending && r.Assignments.Any(a => a.ExpertId == expert.Id && a.Status == AssignmentStatus.Active))
            .ToListAsync(ct);
        foreach (var review in open)
        {
            await assigner.ReplaceAsync(review, review.Assignments.First(a => a.ExpertId == expert.Id && a.IsActive),
                AssignmentStatus.Withdrawn, "专家已暂停", await queries.SubjectTitleAsync(review, ct), ct);
        }
        await CommitAsync(ct);
    }

    private Task<Models.Review?> LoadAsync(Guid reviewId, CancellationToken ct) =>
        db.Set<Models.Review>().Include(r => r.Decisions).Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == reviewId, ct);
}
