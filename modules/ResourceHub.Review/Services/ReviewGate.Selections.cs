using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Selection review (凡选必审): the gate's half that moves selections. The choosing school's
/// textbook committee (its Reviewers who did not ask) or the outside expert assigned beside it
/// decides, whoever is first; where the region's rule says so, an assigned expert decides after the committee; the textbook's own school never does (a school choosing
/// its own textbook has only the expert stage).
/// </summary>
public sealed partial class ReviewGate
{
    public sealed record SelectionRequest(Guid PackageId, string CourseName, string? Term, string Reason,
        string? LearningTask = null, int? Students = null);

    /// <summary>A school asks to use a published textbook for a course; the selection waits for its review.</summary>
    public async Task<Selection> RequestSelectionAsync(ClaimsPrincipal actor, SelectionRequest request, CancellationToken ct = default)
    {
        if (actor.SchoolId() is not { } school || !actor.HasPermission(ReviewPermissions.RequestSelections))
        {
            throw new ForbiddenException("只有学校的教师或学校管理员可以申请选用教材。");
        }
        var course = Required(request.CourseName, "courseName", "请填写课程名称。");
        var reason = Required(request.Reason, "reason", "请填写选用理由。");
        if (request.Students is < 1 or > 100_000)
        {
            throw new FieldException("students", "预计使用人数应在 1 到 100000 之间。");
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
            LearningTask = string.IsNullOrWhiteSpace(request.LearningTask) ? null : request.LearningTask.Trim(),
            Students = request.Students,
            Term = string.IsNullOrWhiteSpace(request.Term) ? null : request.Term.Trim(),
            Reason = reason,
            RequestedById = actor.UserId()!.Value,
            CatalogueEntryId = await catalogue.MatchAsync(snapshot.Title, ct),
        };
        db.Add(selection);
        // A school choosing its own textbook has no committee without a conflict: an expert decides.
        var stage = package.SchoolId == school ? ReviewStage.Expert : ReviewStage.Selection;
        await OpenSelectionStageAsync(selection, stage, package.SchoolId, snapshot, [selection.RequestedById, package.CreatedById], ct);
        history.Record(actor, package.Id, HistoryActions.SelectionRequested, null, null, published, $"{course}：{reason}", selection.Id);
        await CommitAsync(ct);
        return selection;
    }

    private async Task OpenSelectionStageAsync(Selection selection, ReviewStage stage, Guid textbookSchool, PackageView snapshot, List<Guid> interested, CancellationToken ct)
    {
        var review = new Models.Review
        {
            Kind = ReviewKind.Selection,
            Stage = stage,
            PackageId = selection.PackageId,
            SelectionId = selection.Id,
            SchoolId = selection.SchoolId,
            ExcludedSchoolId = textbookSchool,
            Version = selection.PackageVersion,
            FileHashes = HashesOf(snapshot),
            Interested = interested.Distinct().ToList(),
            SpecialtyCode = snapshot.SpecialtyCode,
            DueDays = await policies.DueDaysAsync(selection.SchoolId, ResourceType.Textbook, ct),
        };
        db.Add(review);
        await AnnounceAsync(review, snapshot.Title, ct);
    }

    private async Task ApplySelectionDecisionAsync(ClaimsPrincipal actor, Models.Review review, ReviewDecision row, CancellationToken ct)
    {
        var selection = await db.Set<Selection>().FirstAsync(s => s.Id == review.SelectionId, ct);
        var package = await views.SubmittedAsync(review.PackageId, review.Version, ct) ?? throw new NotFoundException("资源包不存在。");
        // The outside expert assigned beside the committee deciding first satisfies the region's expert rule too.
        if (review.Status == ReviewStatus.Approved && review.Stage == ReviewStage.Selection && row.ReviewerRole != ReviewerIdentity.ExpertRole
            && await policies.SelectionNeedsExpertAsync(selection.SchoolId, ct))
        {
            // The region asks an expert too: the committee's approval opens the expert stage; the selection stays in review.
            history.Record(actor, package.Id, HistoryActions.Approved, null, null, review.Version, $"学校教材委员会：{row.Comment ?? "同意"}", selection.Id);
            await OpenSelectionStageAsync(selection, ReviewStage.Expert, package.SchoolId, package, [.. review.Interested, row.ReviewerId], ct);
            return;
        }
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

    private static string Required(string? value, string field, string message)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new FieldException(field, message) : trimmed;
    }
}
