namespace ResourceHub.Review.Models;

/// <summary>
/// One stage of a review of one version (authoring) or of one selection. Open while
/// <see cref="Status"/> is Pending; it closes on the first Return or Reject, or once
/// <see cref="RequiredApprovals"/> eligible reviewers approved.
/// </summary>
public sealed class Review
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ReviewKind Kind { get; init; }
    public ReviewStage Stage { get; init; }
    public Guid? PackageId { get; init; }
    public Guid? SelectionId { get; init; }
    /// <summary>The school whose work (or whose request) is reviewed.</summary>
    public Guid SchoolId { get; init; }
    /// <summary>The package version under review; for a selection, the published version chosen.</summary>
    public int Version { get; init; }
    /// <summary>The sorted SHA-256 list of that version's files: what an approval binds to.</summary>
    public List<string> FileHashes { get; init; } = [];
    public int RequiredApprovals { get; init; } = 1;
    /// <summary>The people who may never decide it: the package's creator and whoever submitted or requested.</summary>
    public List<Guid> Interested { get; init; } = [];

    /// <summary>The active assignment of this user, if they are one of the stage's assigned experts.</summary>
    public ReviewAssignment? ActiveAssignmentOf(Guid userId) => Assignments.FirstOrDefault(a => a.UserId == userId && a.IsActive);
    public ReviewStatus Status { get; private set; } = ReviewStatus.Pending;
    public DateTimeOffset OpenedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? ClosedAt { get; private set; }
    public List<ReviewDecision> Decisions { get; init; } = [];
    /// <summary>The experts assigned to an expert stage; only an active assignee may decide it.</summary>
    public List<ReviewAssignment> Assignments { get; init; } = [];
    /// <summary>For a selection: the school whose textbook is chosen; its people never decide the choice.</summary>
    public Guid? ExcludedSchoolId { get; init; }
    /// <summary>The package's 专业 code: what an assigned expert's specialties must cover.</summary>
    public string? SpecialtyCode { get; init; }
    /// <summary>Days each assigned expert has (from the review policy when the stage opened).</summary>
    public int DueDays { get; init; } = 14;
    /// <summary>Changed on every decision: a concurrency token, so two racing decisions cannot both count.</summary>
    public Guid Stamp { get; private set; } = Guid.NewGuid();

    public bool IsOpen => Status == ReviewStatus.Pending;

    internal void Touch() => Stamp = Guid.NewGuid();

    internal void Close(ReviewStatus status)
    {
        Status = status;
        ClosedAt = DateTimeOffset.UtcNow;
    }
}

public enum ReviewKind
{
    Authoring,
    Selection,
}

public enum ReviewStage
{
    /// <summary>编审·学校: a SchoolAdmin or Reviewer of the author's school.</summary>
    School,
    /// <summary>编审·专家 (or a selection's expert check): an appointed expert assigned to it, without a conflict.</summary>
    Expert,
    /// <summary>选审: the choosing school's textbook committee (its Reviewers who did not ask).</summary>
    Selection,
}

public enum ReviewStatus
{
    Pending,
    Approved,
    Returned,
    Rejected,
}

public static class ReviewNames
{
    public static string ToChinese(this ReviewStage stage) => stage switch
    {
        ReviewStage.School => "学校审核",
        ReviewStage.Expert => "专家审核",
        _ => "选用审核",
    };

    public static string ToChinese(this ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "待审核",
        ReviewStatus.Approved => "通过",
        ReviewStatus.Returned => "退回修改",
        _ => "不通过",
    };

    public static string ToChinese(this Decision decision) => decision switch
    {
        Decision.Approve => "通过",
        Decision.Return => "退回修改",
        _ => "不通过",
    };
}
