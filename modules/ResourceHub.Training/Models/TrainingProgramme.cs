namespace ResourceHub.Training.Models;

/// <summary>A 研修项目: units a teacher works through, organised by a region, a 研修基地 or a school.</summary>
public sealed class TrainingProgramme
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public OrganiserKind OrganiserKind { get; init; }
    /// <summary>The organising base or school; null when a region organises.</summary>
    public Guid? OrganiserId { get; init; }
    /// <summary>The organiser's name as shown (the base, the school or the region).</summary>
    public required string OrganiserName { get; init; }
    /// <summary>The school whose administrators run it: the organising school, or the base's host school.</summary>
    public Guid? ManagingSchoolId { get; init; }
    /// <summary>The region the programme belongs to (the organiser's): catalogue filter and who oversees it.</summary>
    public required string Region { get; init; }
    public required string SpecialtyCode { get; set; }
    public decimal Hours { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int Capacity { get; set; }
    public Guid CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public List<ProgrammeUnit> Units { get; init; } = [];

    /// <summary>The key a training record of this programme carries, so no other path counts it twice.</summary>
    public string SourceKey => $"研修项目:{Id}";
}

public enum OrganiserKind
{
    Region,
    Base,
    School,
}

/// <summary>One step of a programme.</summary>
public sealed class ProgrammeUnit
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; init; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public UnitKind Kind { get; init; }
    /// <summary>A package unit: the package, shown only as its published version.</summary>
    public Guid? PackageId { get; init; }
    /// <summary>A package unit: the files chosen (empty: all the published version's files).</summary>
    public List<Guid> FileIds { get; init; } = [];
    /// <summary>A live session: when, and where or the meeting link.</summary>
    public DateTimeOffset? SessionAt { get; init; }
    public string? Place { get; init; }
    /// <summary>An assignment: what to do.</summary>
    public string? Instructions { get; init; }
}

public enum UnitKind
{
    Package,
    Session,
    Assignment,
}

public static class UnitKindNames
{
    public static string ToChinese(this UnitKind kind) => kind switch
    {
        UnitKind.Package => "学习资源",
        UnitKind.Session => "直播/面授",
        _ => "作业",
    };
}
