namespace ResourceHub.Standards.Models;

/// <summary>A 一体化课程 of a specialty, built from learning tasks.</summary>
public sealed class Course
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string SpecialtyCode { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int? Hours { get; set; }
    public int Order { get; set; }
    public List<LearningTask> Tasks { get; init; } = [];
}

/// <summary>A 学习任务: a 典型工作任务 of the trade turned into teaching content.</summary>
public sealed class LearningTask
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CourseId { get; init; }
    public required string Name { get; set; }
    /// <summary>The 典型工作任务 this task is drawn from.</summary>
    public required string WorkTask { get; set; }
    public int? Hours { get; set; }
    public int Order { get; set; }
}
