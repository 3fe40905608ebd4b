using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Endpoints;

public sealed record DecisionDto(
    Guid Id, Guid ReviewerId, string Reviewer, Guid? ReviewerSchoolId, string ReviewerRole,
    Decision Decision, string? Comment, int Version, IReadOnlyList<string> FileHashes, DateTimeOffset At,
    IReadOnlyList<string> ChecklistMet, IReadOnlyList<string> ChecklistOpen)
{
    public static DecisionDto From(ReviewDecision d) =>
        new(d.Id, d.ReviewerId, d.ReviewerName, d.ReviewerSchoolId, d.ReviewerRole, d.Decision, d.Comment, d.Version, d.FileHashes, d.At, d.ChecklistMet, d.ChecklistOpen);
}

/// <summary>A review stage: <c>version</c> and <c>fileHashes</c> are what its approvals bind to.</summary>
public sealed record ReviewDto(
    Guid Id, Guid? PackageId, Guid? SelectionId, ReviewKind Kind, ReviewStage Stage, ReviewStatus Status,
    Guid SchoolId, int Version, IReadOnlyList<string> FileHashes, int RequiredApprovals,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? PackageTitle, IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<AssignmentDto> Assignments)
{
    public static ReviewDto From(Models.Review r, string? title = null) => new(
        r.Id, r.PackageId, r.SelectionId, r.Kind, r.Stage, r.Status, r.SchoolId, r.Version, r.FileHashes, r.RequiredApprovals,
        r.OpenedAt, r.ClosedAt, title, r.Decisions.OrderBy(d => d.At).Select(DecisionDto.From).ToList(),
        r.Assignments.OrderBy(a => a.AssignedAt).Select(AssignmentDto.From).ToList());

    public static ReviewDto From(ReviewQueries.QueueItem item) => From(item.Review, item.PackageTitle);
}

public sealed record HistoryDto(long Id, DateTimeOffset At, string Actor, Guid? ActorId, string Action,
    PackageStatus? FromStatus, PackageStatus? ToStatus, int Version, string? Comment, Guid? SelectionId)
{
    public static HistoryDto From(HistoryEntry h) =>
        new(h.Id, h.At, h.Actor, h.ActorId, h.Action, h.FromStatus, h.ToStatus, h.Version, h.Comment, h.SelectionId);
}

public sealed record SelectionDto(
    Guid Id, Guid? PackageId, int PackageVersion, Guid SchoolId, string CourseName, string? LearningTask, string? Term, int? Students, string Reason,
    bool InCatalogue, Guid? CatalogueEntryId, SelectionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SelectionDto From(Selection s) =>
        new(s.Id, s.PackageId, s.PackageVersion, s.SchoolId, s.CourseName, s.LearningTask, s.Term, s.Students, s.Reason,
            s.CatalogueEntryId is not null, s.CatalogueEntryId, s.Status, s.CreatedAt, s.UpdatedAt);
}

public sealed record InboxDto(Guid Id, string Title, string Body, string? Link, DateTimeOffset At)
{
    public static InboxDto From(InboxMessage m) => new(m.Id, m.Title, m.Body, m.Link, m.At);
}

public sealed record PolicyDto(string? Region, ResourceType ResourceType, int ExpertApprovals, int DueDays, bool SelectionNeedsExpert, DateTimeOffset UpdatedAt)
{
    public static PolicyDto From(ReviewPolicy p) => new(p.Region, p.ResourceType, p.ExpertApprovals, p.DueDays, p.SelectionNeedsExpert, p.UpdatedAt);
}

/// <summary>An expert's assignment to a stage: <c>dueAt</c> is when it becomes overdue and is reassigned.</summary>
public sealed record AssignmentDto(Guid Id, Guid ExpertId, Guid UserId, AssignmentStatus Status, DateTimeOffset AssignedAt, DateTimeOffset DueAt, string? Reason, DateTimeOffset? ClosedAt)
{
    public static AssignmentDto From(ReviewAssignment a) => new(a.Id, a.ExpertId, a.UserId, a.Status, a.AssignedAt, a.DueAt, a.Reason, a.ClosedAt);
}

public sealed record CatalogueDto(Guid Id, string Code, string Title, string? Specialty, string? Editor, string? Publisher, string? Batch)
{
    public static CatalogueDto From(CatalogueEntry e) => new(e.Id, e.Code, e.Title, e.Specialty, e.Editor, e.Publisher, e.Batch);
}
