using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// The one gate (凡编必审、凡选必审): the only code that moves a package (through
/// <see cref="IPackageWorkflow"/>, which no other module may call) or a selection. Pages, API routes and recipes all call these methods; each runs in one
/// transaction together with its history rows, inbox messages and search notice.
/// </summary>
public sealed partial class ReviewGate(
    ResourceHubDbContext db,
    IPackageWorkflow workflow,
    IPackageViews views,
    ReviewPolicies policies,
    HistoryRecorder history,
    Notifier notifier,
    ExpertAssigner assigner,
    NationalCatalogue catalogue,
    ExpertPool pool,
    ReviewQueries queries,
    ReviewChecklists checklists) : IPackageSubmission
{
    /// <summary>Draft or Returned → InReview: freezes the version's metadata and file hashes and opens the school stage.</summary>
    public async Task<PackageView> SubmitAsync(ClaimsPrincipal actor, Guid packageId, string? changeNote = null, CancellationToken ct = default)
    {
        changeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
        if (changeNote?.Length > 4000)
        {
            throw new FieldException("changeNote", "修改说明最长 4000 字。");
        }
        var package = Record(actor, await workflow.SubmitAsync(actor, packageId, ct), HistoryActions.Submitted, changeNote);
        // Everyone who created, edited or submitted this version is barred from its school stage.
        var editors = await history.EditorsAsync(package.Id, package.Version, ct);
        await OpenStageAsync(package, ReviewStage.School, HashesOf(package), [package.CreatedById, actor.UserId()!.Value, .. editors], 1, ct);
        await CommitAsync(ct);
        return package;
    }

    /// <summary>Published → Draft of the next version; the published version stays public until the new one is approved.</summary>
    public async Task<PackageView> ReviseAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default)
    {
        var package = Record(actor, await workflow.ReviseAsync(actor, packageId, ct), HistoryActions.Revised, null);
        await CommitAsync(ct);
        return package;
    }

    /// <summary>
    /// A reviewer's decision: 404 unknown review, 403 not eligible (the author, the wrong school,
    /// the wrong role), 409 already decided or closed, 400 Return/Reject without a comment.
    /// </summary>
    public async Task<Models.Review> DecideAsync(ClaimsPrincipal actor, Guid reviewId, Decision decision, string? comment, CancellationToken ct = default) =>
        await DecideAsync(actor, reviewId, decision, comment, null, ct);

    /// <param name="checklist">The checklist points (审核要点) the reviewer found met; recorded with the decision.</param>
    public async Task<Models.Review> DecideAsync(ClaimsPrincipal actor, Guid reviewId, Decision decision, string? comment, IReadOnlyCollection<string>? checklist, CancellationToken ct = default)
    {
        var review = await LoadAsync(reviewId, ct)
            ?? throw new NotFoundException("审核任务不存在。");
        var who = ReviewerIdentity.From(actor) ?? throw new ForbiddenException();
        var role = who.EligibleRole(review) ?? throw new ForbiddenException(review.Interested.Contains(who.Id)
            ? "不能审核自己编写、提交或申请的内容。"
            : $"您不符合{review.Stage.ToChinese()}的审核资格。");
        if (!review.IsOpen || review.Decisions.Any(d => d.ReviewerId == who.Id))
        {
            throw new ConflictException("这项审核已经作出决定。");
        }
        if (role == ReviewerIdentity.ExpertRole)
        {
            // An assignment holds only while its expert is appointed: suspended or out of term, no decision.
            _ = await pool.ActiveExpertAsync(who.Id, ct) ?? throw new ForbiddenException("您的专家聘任已暂停或不在聘期内，不能作出专家审核决定。");
            review.ActiveAssignmentOf(who.Id)!.Close(AssignmentStatus.Decided);
        }
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (decision != Decision.Approve && comment is null)
        {
            throw new FieldException("comment", "退回或不通过时必须填写审核意见。");
        }
        var approvals = review.Decisions.Count(d => d.Decision == Decision.Approve) + (decision == Decision.Approve ? 1 : 0);
        var (met, open) = await checklists.AnswerAsync(await ResourceTypeOfAsync(review, ct), checklist, ct);
        var row = new ReviewDecision
        {
            ReviewId = review.Id,
            ReviewerId = who.Id,
            ReviewerName = actor.DisplayName() ?? "审核人",
            ReviewerSchoolId = who.SchoolId,
            ReviewerRole = role,
            Decision = decision,
            Comment = comment,
            Version = review.Version,
            FileHashes = review.FileHashes,
            ChecklistMet = met,
            ChecklistOpen = open,
        };
        // Added to the context, not only to the navigation: a new row with a client-made key found
        // through a navigation is taken for an update. The context's fix-up also puts it in review.Decisions.
        db.Add(row);
        review.Touch();
        var closing = decision switch
        {
            Decision.Return => ReviewStatus.Returned,
            Decision.Reject => ReviewStatus.Rejected,
            _ => approvals >= review.RequiredApprovals ? ReviewStatus.Approved : ReviewStatus.Pending,
        };
        if (closing != ReviewStatus.Pending)
        {
            review.Close(closing);
            ExpertAssigner.CloseRemaining(review);
        }
        if (review.Kind == ReviewKind.Selection)
        {
            await ApplySelectionDecisionAsync(actor, review, row, ct);
        }
        else
        {
            await ApplyAuthoringDecisionAsync(actor, review, row, ct);
        }
        await CommitAsync(ct);
        return review;
    }

    private async Task ApplyAuthoringDecisionAsync(ClaimsPrincipal actor, Models.Review review, ReviewDecision row, CancellationToken ct)
    {
        var package = await workflow.UnderReviewAsync(review.PackageId!.Value, ct) ?? throw new NotFoundException("资源包不存在。");
        // The approval binds to this version and these bytes; the package cannot have moved while in review, but say so if it did.
        if (package.Status != PackageStatus.InReview || package.Version != review.Version || !HashesOf(package).SequenceEqual(review.FileHashes))
        {
            throw new ConflictException("资源包在审核期间发生了变化，这项审核已失效。");
        }
        var authors = new[] { package.CreatedById }.Concat(review.Interested);
        notifier.Decided(authors, package.Title, review, row.Decision, row.Comment, package.Id);
        switch (review.Status)
        {
            case ReviewStatus.Returned:
                Record(actor, await workflow.DecideAsync(package.Id, PackageStatus.Returned, ct), HistoryActions.Returned, row.Comment);
                return;
            case ReviewStatus.Rejected:
                Record(actor, await workflow.DecideAsync(package.Id, PackageStatus.Rejected, ct), HistoryActions.Rejected, row.Comment);
                return;
        }
        history.Record(actor, package.Id, HistoryActions.Approved, package.Status, package.Status, package.Version,
            $"{review.Stage.ToChinese()}：{row.Comment ?? "同意"}");
        if (review.Status != ReviewStatus.Approved)
        {
            return;
        }
        var experts = review.Stage == ReviewStage.School ? await policies.ExpertApprovalsAsync(package.SchoolId, package.ResourceType, ct) : 0;
        if (experts > 0)
        {
            // The expert stage bars everyone who worked on any version and whoever decided the school stage.
            var editors = await history.EditorsAsync(package.Id, null, ct);
            var deciders = review.Decisions.Select(d => d.ReviewerId);
            await OpenStageAsync(package, ReviewStage.Expert, review.FileHashes, [.. review.Interested.Union(editors).Union(deciders)], experts, ct);
            return;
        }
        Record(actor, await workflow.DecideAsync(package.Id, PackageStatus.Published, ct), HistoryActions.Published, null);
    }

    /// <summary>Opens an authoring stage on the package's current version and tells those who may decide it (assigns experts for an expert stage).</summary>
    private async Task OpenStageAsync(PackageView package, ReviewStage stage, List<string> fileHashes, List<Guid> interested, int required, CancellationToken ct)
    {
        var review = new Models.Review
        {
            Kind = ReviewKind.Authoring,
            Stage = stage,
            PackageId = package.Id,
            SchoolId = package.SchoolId,
            Version = package.Version,
            FileHashes = fileHashes,
            RequiredApprovals = required,
            Interested = interested.Distinct().ToList(),
            SpecialtyCode = package.SpecialtyCode,
            DueDays = await policies.DueDaysAsync(package.SchoolId, package.ResourceType, ct),
        };
        db.Add(review);
        await AnnounceAsync(review, package.Title, ct);
    }

    /// <summary>
    /// An expert stage is announced to its assigned experts only; a selection stage to the choosing
    /// school's committee and to one outside expert assigned beside it (凡选必审 by the committee or
    /// an outside expert, whoever decides first); a school stage to everyone eligible.
    /// </summary>
    private async Task AnnounceAsync(Models.Review review, string title, CancellationToken ct)
    {
        // The committee is told before the expert is assigned, so the expert gets one message, the assignment's.
        if (review.Stage != ReviewStage.Expert)
        {
            await notifier.NewReviewAsync(review, title, ct);
        }
        if (review.Stage != ReviewStage.School)
        {
            await assigner.FillAsync(review, title, ct);
        }
    }

    /// <summary>What the checklist is chosen by: the version's resource type (a selection is always of a textbook).</summary>
    private async Task<ResourceType> ResourceTypeOfAsync(Models.Review review, CancellationToken ct) =>
        review.PackageId is { } id && (await views.SubmittedAsync(id, review.Version, ct)) is { } v ? v.ResourceType : ResourceType.Textbook;

    /// <summary>The history row of a status move (a return is filed under the version that was returned).</summary>
    private PackageView Record(ClaimsPrincipal actor, PackageMove move, string action, string? comment)
    {
        var package = move.Package;
        history.Record(actor, package.Id, action, move.From, package.Status, action == HistoryActions.Returned ? move.FromVersion : package.Version, comment);
        return package;
    }

    /// <summary>What an approval binds to: the sorted SHA-256 list of the version's files.</summary>
    private static List<string> HashesOf(PackageView package) => package.Files.Select(f => f.Sha256).Order(StringComparer.Ordinal).ToList();

    private async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two decisions raced (the unique reviewer index or the review's concurrency stamp).
            throw new ConflictException("这项审核刚刚被他人处理，请刷新后重试。");
        }
        await notifier.SendMailAsync(ct);
    }
}
