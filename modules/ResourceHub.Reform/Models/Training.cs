namespace ResourceHub.Reform.Models;

/// <summary>One 一体化 teacher's completed training (师资培训): who, where and how long.</summary>
public sealed class TrainingRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string TeacherName { get; init; }
    /// <summary>The teacher's account, when the teacher has one here.</summary>
    public Guid? UserId { get; init; }
    public Guid SchoolId { get; init; }
    public required string CourseName { get; init; }
    public decimal Hours { get; init; }
    public DateOnly Date { get; init; }
    /// <summary>The 师资研修基地 that gave the training.</summary>
    public required string TrainingBase { get; init; }
    /// <summary>
    /// Where the record came from when the site itself wrote it (a completed 研修项目: "研修项目:{id}"),
    /// so that one teacher's completion of one programme is counted once whatever writes it again.
    /// </summary>
    public string? Source { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>Class hours a teacher taught in a term; 一体化 course hours count by the region's multiplier.</summary>
public sealed class TeachingLoad
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string TeacherName { get; init; }
    public Guid SchoolId { get; init; }
    public required string CourseName { get; init; }
    public decimal Hours { get; init; }
    public bool Integrated { get; init; }
    public required string Term { get; init; }
}
