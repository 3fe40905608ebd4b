namespace ResourceHub.Reform.Models;

/// <summary>
/// One 一体化 teacher's completed training (师资培训): who, where and how long. One row is one
/// 人次; its natural key (school, teacher, course, first and last day) is unique, so importing the
/// same sheet twice, or a programme completion of the same training, never counts it twice.
/// </summary>
public sealed class TrainingRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string TeacherName { get; set; }
    /// <summary>The teacher's account, when the teacher has one here.</summary>
    public Guid? UserId { get; set; }
    public Guid SchoolId { get; init; }
    public required string CourseName { get; set; }
    public decimal Hours { get; set; }
    /// <summary>The first day of the training.</summary>
    public DateOnly Date { get; set; }
    /// <summary>The last day (the first, for a one-day training).</summary>
    public DateOnly EndDate { get; set; }
    /// <summary>The 师资研修基地 that gave the training.</summary>
    public required string TrainingBase { get; set; }
    /// <summary>Where it came from: 手工 (a page or the API), 导入 (a sheet), or a 研修项目's key.</summary>
    public string Source { get; init; } = TrainingSources.Manual;
    /// <summary>The source's own key (a programme completion's id): unique with <see cref="Source"/>.</summary>
    public string? SourceKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The person counted in 人: the account when linked, else the name within the school.</summary>
    public string PersonKey => UserId?.ToString() ?? $"{SchoolId}/{TeacherName}";
}

public static class TrainingSources
{
    public const string Manual = "manual";
    public const string Import = "import";
}

/// <summary>A change of a training record, kept forever: who, when, and the record before and after (JSON).</summary>
public sealed class TrainingRecordChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RecordId { get; init; }
    public Guid SchoolId { get; init; }
    public required string Action { get; init; }
    public Guid? ActorId { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
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
