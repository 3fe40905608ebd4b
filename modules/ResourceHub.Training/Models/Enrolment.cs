namespace ResourceHub.Training.Models;

/// <summary>A teacher's place in a programme (or on its waiting list).</summary>
public sealed class Enrolment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; init; }
    public Guid UserId { get; init; }
    public required string TeacherName { get; init; }
    public Guid SchoolId { get; init; }
    public EnrolmentStatus Status { get; set; }
    public DateTimeOffset EnrolledAt { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? CompletedAt { get; set; }
    public List<UnitProgress> Progress { get; init; } = [];
}

public enum EnrolmentStatus
{
    Enrolled,
    Waiting,
    Completed,
    Withdrawn,
}

/// <summary>
/// A teacher's progress in one unit (and, for a package unit, one file of it): pages read,
/// seconds watched, an assignment's package and the organiser's mark.
/// </summary>
public sealed class UnitProgress
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnrolmentId { get; init; }
    public Guid UnitId { get; init; }
    /// <summary>The file of a package unit this row follows; null for sessions and assignments.</summary>
    public Guid? FileId { get; init; }
    public int PagesRead { get; set; }
    public int? PageCount { get; set; }
    public double SecondsWatched { get; set; }
    public double? Duration { get; set; }
    public Guid? AssignmentPackageId { get; set; }
    public UnitState State { get; set; }
    public string? Comment { get; set; }
    /// <summary>The first report: watching cannot have gone faster than the time since (at double speed).</summary>
    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}

public enum UnitState
{
    Started,
    Submitted,
    Returned,
    Done,
}

public static class EnrolmentNames
{
    public static string ToChinese(this EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Enrolled => "学习中",
        EnrolmentStatus.Waiting => "候补",
        EnrolmentStatus.Completed => "已结业",
        _ => "已退出",
    };

    public static string ToChinese(this UnitState state) => state switch
    {
        UnitState.Started => "进行中",
        UnitState.Submitted => "已提交，待评阅",
        UnitState.Returned => "需修改",
        _ => "已完成",
    };
}
