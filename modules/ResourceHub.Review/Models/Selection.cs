namespace ResourceHub.Review.Models;

/// <summary>
/// A school's request to use a published textbook for a course and term (选用). It enters the
/// school's textbook list only once its review approved it (凡选必审).
/// </summary>
public sealed class Selection
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? PackageId { get; init; }
    /// <summary>The published version chosen.</summary>
    public int PackageVersion { get; init; }
    public Guid SchoolId { get; init; }
    public required string CourseName { get; init; }
    /// <summary>学期, e.g. "2026-2027学年第一学期"; optional.</summary>
    public string? Term { get; init; }
    /// <summary>学习任务 of the course the textbook serves, where it applies.</summary>
    public string? LearningTask { get; init; }
    /// <summary>Expected number of students (预计使用人数).</summary>
    public int? Students { get; init; }
    public required string Reason { get; init; }
    /// <summary>The entry of the national catalogue of planned textbooks this textbook is, if any.</summary>
    public Guid? CatalogueEntryId { get; init; }
    public Guid RequestedById { get; init; }
    public SelectionStatus Status { get; private set; } = SelectionStatus.InReview;
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; private set; } = DateTimeOffset.UtcNow;

    /// <summary>Only the review gate moves a selection.</summary>
    internal void MoveTo(SelectionStatus status)
    {
        Status = status;
        UpdatedAt = DateTimeOffset.UtcNow;
    }
}

public enum SelectionStatus
{
    InReview,
    Approved,
    Returned,
    Rejected,
}
