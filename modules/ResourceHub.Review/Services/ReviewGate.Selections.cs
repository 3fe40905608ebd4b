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
    /// <summary>What a school asks for: a published textbook on this site, or a catalogue textbook that is not on it.</summary>
    public sealed record SelectionRequest(Guid? PackageId, string CourseName, string? Term, string Reason,
        string? LearningTask = null, int? Students = null, Guid? CatalogueEntryId = null);

    /// <summary>A school asks to use a textbook for a course; the selection waits for its review.</summary>
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
        var chosen = request.PackageId is { } packageId
            ? await PublishedTextbookAsync(actor, packageId, ct)
            : request.CatalogueEntryId is { } entryId
                ? (null, await catalogue.FindAsync(entryId, ct) ?? throw new FieldException("catalogueEntryId", "目录中没有这本教材。"))
                : throw new FieldException("packageId", "请选择本站已发布的教材，或全国技工教育规划教材目录中的教材。");
        var (snapshot, entry) = chosen;
        var selection = new Selection
        {
            PackageId = snapshot?.Id,
            PackageVersion = snapshot?.Version ?? 0,
            SchoolId = school,
            CourseName = course,
            LearningTask = string.IsNullOrWhiteSpace(request.LearningTask) ? null : request.LearningTask.Trim(),
            Students = request.Students,
            Term = string.IsNullOrWhiteSpace(request.Term) ? null : request.Term.Trim(),
            Reason = reason,
            RequestedById = actor.UserId()!.Value,
            CatalogueEntryId = entry?.Id ?? await catalogue.MatchAsync(snapshot!.Title, ct),
        };
        db.Add(selection);
        // A school choosing its own textbook has no committee without a conflict: an expert decides.
        var stage = snapshot?.SchoolId == school ? ReviewStage.Expert : ReviewStage.Selection;
        await OpenSelectionStageAsync(selection, stage, snapshot?.SchoolId, snapshot, entry?.Title, [selection.RequestedById, .. snapshot is null ? [] : new[] { snapshot.CreatedById }], ct);
        if (snapshot is not null)
        {
            history.Record(actor, snapshot.Id, HistoryActions.SelectionRequested, null, null, snapshot.Version, $"{course}：{reason}", selection.Id);
        }
        await CommitAsync(ct);
        return selection;
    }

    /// <summary>What is selected is the published version, whatever its school is revising meanwhile.</summary>
    private async Task<(PackageView?, CatalogueEntry?)> PublishedTextbookAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct)
    {
        _ = await views.ForAsync(actor, packageId, ct) ?? throw new NotFoundException("资源包不存在，或您无权查看。");
        var snapshot = await views.PublishedAsync(packageId, ct) ?? throw new ConflictException("只能选用已发布的教材。");
        return snapshot.ResourceType == ResourceType.Textbook ? (snapshot, null) : throw new FieldException("packageId", "只能选用教材类资源包。");
    }

    private async Task OpenSelectionStageAsync(Selection selection, ReviewStage stage, Guid? textbookSchool, PackageView? snapshot, string? catalogueTitle, List<Guid> interested, CancellationToken ct)
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
            FileHashes = snapshot is null ? [] : HashesOf(snapshot),
            Interested = interested.Distinct().ToList(),
            SpecialtyCode = snapshot?.SpecialtyCode,
            DueDays = await policies.DueDaysAsync(selection.SchoolId, ResourceType.Textbook, ct),
        };
        db.Add(review);
        await AnnounceAsync(review, snapshot?.Title ?? $"{catalogueTitle}（规划教材目录）", ct);
    }

    private async Task ApplySelectionDecisionAsync(ClaimsPrincipal actor, Models.Review review, ReviewDecision row, CancellationToken ct)
    {
        var selection = await db.Set<Selection>().FirstAsync(s => s.Id == review.SelectionId, ct);
        // A catalogue textbook not on this site has no package: no package history, its catalogue title in messages.
        var package = review.PackageId is { } packageId
            ? await views.SubmittedAsync(packageId, review.Version, ct) ?? throw new NotFoundException("资源包不存在。")
            : null;
        var title = package?.Title ?? await queries.CatalogueTitleAsync(selection.Id, ct);
        // The outside expert assigned beside the committee deciding first satisfies the region's expert rule too.
        if (review.Status == ReviewStatus.Approved && review.Stage == ReviewStage.Selection && row.ReviewerRole != ReviewerIdentity.ExpertRole
            && await policies.SelectionNeedsExpertAsync(selection.SchoolId, ct))
        {
            // The region asks an expert too: the committee's approval opens the expert stage; the selection stays in review.
            if (package is not null)
            {
                history.Record(actor, package.Id, HistoryActions.Approved, null, null, review.Version, $"学校教材委员会：{row.Comment ?? "同意"}", selection.Id);
            }
            await OpenSelectionStageAsync(selection, ReviewStage.Expert, package?.SchoolId, package, title, [.. review.Interested, row.ReviewerId], ct);
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
        if (package is not null)
        {
            history.Record(actor, package.Id, action, null, null, review.Version, row.Comment, selection.Id);
        }
        notifier.Decided([selection.RequestedById], title, review, row.Decision, row.Comment, package?.Id);
    }

    private static string Required(string? value, string field, string message)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new FieldException(field, message) : trimmed;
    }
}
