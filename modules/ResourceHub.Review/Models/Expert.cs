namespace ResourceHub.Review.Models;

/// <summary>
/// A member of the expert pool (专家库): a user appointed by an Admin, or by a RegionAdmin for
/// their region, to decide expert stages in their specialties. Experts are appointed, never
/// minted by a role: a school's Reviewer is its committee, not an expert.
/// </summary>
public sealed class Expert
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    /// <summary>专业 codes ("0102") or 专业大类 codes ("01", every specialty of that group).</summary>
    public List<string> SpecialtyCodes { get; set; } = [];
    /// <summary>Full Chinese region name; null for the national pool.</summary>
    public string? Region { get; set; }
    /// <summary>The school, enterprise or institute the expert works for (工作单位).</summary>
    public required string Organisation { get; set; }
    public DateOnly AppointedFrom { get; set; }
    public DateOnly? AppointedTo { get; set; }
    public Guid AppointedById { get; init; }
    public DateTimeOffset AppointedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? SuspendedAt { get; private set; }
    public string? SuspendReason { get; private set; }

    /// <summary>Appointed, in the appointment period, and not suspended.</summary>
    public bool IsActiveOn(DateOnly day) => SuspendedAt is null && AppointedFrom <= day && (AppointedTo is null || day <= AppointedTo);

    /// <summary>The code of a reserve appointment (see ExpertReserve): every specialty.</summary>
    public const string EverySpecialty = "*";

    /// <summary>A specialty code matches its own code, the code of its 专业大类 (the first two digits), or every specialty.</summary>
    public bool Covers(string specialtyCode) =>
        SpecialtyCodes.Any(c => c == EverySpecialty || c == specialtyCode || (c.Length == 2 && specialtyCode.StartsWith(c, StringComparison.Ordinal)));

    /// <summary>Whether this appointment names the specialty itself rather than only covering everything.</summary>
    public bool Specialises => !SpecialtyCodes.Contains(EverySpecialty);

    internal void Suspend(string? reason)
    {
        SuspendedAt = DateTimeOffset.UtcNow;
        SuspendReason = reason;
    }
}

/// <summary>
/// One expert's assignment to one review stage: only an active assignee may decide that stage.
/// Declined (with a reason), overdue or withdrawn assignments are closed and the stage reassigned.
/// </summary>
public sealed class ReviewAssignment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewId { get; init; }
    public Guid ExpertId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset AssignedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset DueAt { get; init; }
    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Active;
    public string? Reason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsActive => Status == AssignmentStatus.Active;

    internal void Close(AssignmentStatus status, string? reason = null)
    {
        Status = status;
        Reason = reason;
        ClosedAt = DateTimeOffset.UtcNow;
    }
}

public enum AssignmentStatus
{
    Active,
    Decided,
    Declined,
    Overdue,
    Withdrawn,
    /// <summary>The stage closed (returned or rejected by another expert) before this one decided.</summary>
    Closed,
}

public static class AssignmentNames
{
    public static string ToChinese(this AssignmentStatus status) => status switch
    {
        AssignmentStatus.Active => "待审核",
        AssignmentStatus.Decided => "已审核",
        AssignmentStatus.Declined => "已拒绝",
        AssignmentStatus.Overdue => "逾期已改派",
        AssignmentStatus.Withdrawn => "已撤回",
        _ => "审核已结束",
    };
}
