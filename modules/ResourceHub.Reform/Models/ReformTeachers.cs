namespace ResourceHub.Reform.Models;

/// <summary>
/// A teacher of the reform as the plans count them: a 一体化教师 with a qualification level, or
/// an 企业兼职教师 (part-time teacher from an enterprise, 校企合作), with school, specialty and dates.
/// </summary>
public sealed class ReformTeacher
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ReformTeacherKind Kind { get; init; }
    public required string Name { get; init; }
    public Guid SchoolId { get; init; }
    public required string SpecialtyCode { get; init; }
    /// <summary>The 一体化教师 level; null for an enterprise teacher.</summary>
    public IntegratedTeacherLevel? Level { get; init; }
    /// <summary>The enterprise an 企业兼职教师 comes from.</summary>
    public string? Enterprise { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? To { get; init; }
    public Guid? UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public bool ActiveOn(DateOnly day) => From <= day && (To is null || To >= day);
}

public enum ReformTeacherKind
{
    Integrated,
    Enterprise,
}

/// <summary>一体化教师 qualification levels.</summary>
public enum IntegratedTeacherLevel
{
    Junior,
    Intermediate,
    Senior,
}

public static class ReformTeacherNames
{
    public static string ToChinese(this ReformTeacherKind kind) => kind == ReformTeacherKind.Integrated ? "一体化教师" : "企业兼职教师";

    public static string ToChinese(this IntegratedTeacherLevel level) => level switch
    {
        IntegratedTeacherLevel.Junior => "初级一体化教师",
        IntegratedTeacherLevel.Intermediate => "中级一体化教师",
        _ => "高级一体化教师",
    };
}
