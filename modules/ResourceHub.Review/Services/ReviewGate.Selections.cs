using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>Selection review (凡选必审): the gate's half that moves selections.</summary>
public sealed partial class ReviewGate
{
    public sealed record SelectionRequest(Guid PackageId, string CourseName, string? Term, string Reason);

    /// <summary>A school asks to use a published textbook for a course; the selection waits for its review.</summary>
    public async Task<Selection> RequestSelectionAsync(ClaimsPrincipal actor, SelectionRequest request, CancellationToken ct = default)
    {
        if (actor.SchoolId() is not { } school || !actor.HasPermission(ReviewPermissions.RequestSelections))
        {
            throw new ForbiddenException("只有学校的教师或学校管理员可以申请选用教材。");
        }
        var course = request.CourseName.Trim();
        var reason = request.Reason.Trim();
        if (course.Length == 0)
        {
            throw new FieldException("courseName", "请填写课程名称。");
        }
        if (reason.Length == 0)
        {
            throw new FieldException("reason", "请填写选用理由。");
        }
        _ = await views.ForAsync(actor, request.PackageId, ct) ?? throw new NotFoundException("资源包不存在，或您无权查看。");
        // What is selected is the published version, whatever its school is revising meanwhile.
        var snapshot = await views.PublishedAsync(request.PackageId, ct) ?? throw new ConflictException("只能选用已发布的教材。");
        var (package, published) = (snapshot, snapshot.Version);
        if (snapshot.ResourceType != ResourceType.Textbook)
        {
            throw new FieldException("packageId", "只能选用教材类资源包。");
        }
        var selection = new Selection
        {
            PackageId = package.Id,
            PackageVersion = published,
            SchoolId = school,
            CourseName = course,
            Term = string.IsNullOrWhiteSpace(request.Term) ? null : request.Term.Trim(),
            Reason = reason,
            RequestedById = actor.UserId()!.Value,
        };
        var review = new Models.Review
        {
            Kind = ReviewKind.Selection,
            Stage = ReviewStage.Selection,
            PackageId = package.Id,
            SelectionId = selection.Id,
            SchoolId = school,
            Version = published,
            FileHashes = HashesOf(snapshot),
            Interested = [selection.RequestedById, package.CreatedById],
        };
        db.AddRange(selection, review);
        history.Record(actor, package.Id, HistoryActions.SelectionRequested, null, null, published, $"{course}：{reason}", selection.Id);
        await notifier.NewReviewAsync(review, snapshot.Title, ct);
        await CommitAsync(ct);
        return selection;
    }

    private async Task ApplySelectionDecisionAsync(ClaimsPrincipal actor, Models.Review review, ReviewDecision row, CancellationToken ct)
    {
        var selection = await db.Set<Selection>().FirstAsync(s => s.Id == review.SelectionId, ct);
        var package = await views.SubmittedAsync(review.PackageId, review.Version, ct) ?? throw new NotFoundException("资源包不存在。");
        var (status, action) = review.Status switch
        {
            ReviewStatus.Approved => (SelectionStatus.Approved, HistoryActions.SelectionApproved),
            ReviewStatus.Returned => (SelectionStatus.Returned, HistoryActions.SelectionReturned),
            ReviewStatus.Rejected => (SelectionStatus.Rejected, HistoryActions.SelectionRejected),
            _ => (SelectionStatus.InReview, HistoryActions.Approved),
        };
        selection.MoveTo(status);
        history.Record(actor, package.Id, action, null, null, review.Version, row.Comment, selection.Id);
        notifier.Decided([selection.RequestedById], package.Title, review, row.Decision, row.Comment, package.Id);
    }
}
