namespace ResourceHub.Standards.Models;

/// <summary>
/// A 课程标准 for a specialty: national (no school) or a school's adaptation (校本转化) of a
/// national one, which remembers the source and the source version it was last aligned with.
/// Its content lives in immutable <see cref="CourseStandardVersion"/>s.
/// </summary>
public sealed class CourseStandard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string SpecialtyCode { get; init; }
    public required string Title { get; set; }
    public Guid? SchoolId { get; init; }
    public Guid? SourceId { get; init; }
    public int? SourceVersion { get; private set; }
    public int CurrentVersion { get; private set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public bool IsAdaptation => SourceId is not null;

    public CourseStandardVersion NextVersion(StandardSections sections, IReadOnlyList<string> skillLevels, string note, Guid? by)
    {
        CurrentVersion++;
        return new CourseStandardVersion
        {
            StandardId = Id, Number = CurrentVersion, Note = note, CreatedById = by,
            TrainingGoals = sections.TrainingGoals, CourseArrangement = sections.CourseArrangement, CourseNorms = sections.CourseNorms,
            ImplementationAdvice = sections.ImplementationAdvice, Assessment = sections.Assessment, SkillLevels = skillLevels.ToList(),
        };
    }

    /// <summary>The school has looked at the source's newer version and keeps its copy aligned with it.</summary>
    public void AlignWith(int sourceVersion) => SourceVersion = sourceVersion;
}

/// <summary>One version of a standard's five sections (Markdown). Never changed once written.</summary>
public sealed class CourseStandardVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid StandardId { get; init; }
    public int Number { get; init; }
    public required string TrainingGoals { get; init; }
    public required string CourseArrangement { get; init; }
    public required string CourseNorms { get; init; }
    public required string ImplementationAdvice { get; init; }
    public required string Assessment { get; init; }
    /// <summary>职业技能等级 the standard covers: 中级工, 高级工, 预备技师.</summary>
    public List<string> SkillLevels { get; init; } = [];
    public string Note { get; init; } = "";
    public Guid? CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public StandardSections Sections => new(TrainingGoals, CourseArrangement, CourseNorms, ImplementationAdvice, Assessment);
}

/// <summary>The five sections of a course standard, in the order the standard states them.</summary>
public sealed record StandardSections(string TrainingGoals, string CourseArrangement, string CourseNorms, string ImplementationAdvice, string Assessment)
{
    public static readonly IReadOnlyList<string> SkillLevelNames = ["中级工", "高级工", "预备技师"];

    public IEnumerable<(string Key, string Title, string Text)> Named() =>
    [
        ("trainingGoals", "培养目标", TrainingGoals),
        ("courseArrangement", "课程安排", CourseArrangement),
        ("courseNorms", "课程规范", CourseNorms),
        ("implementationAdvice", "实施建议", ImplementationAdvice),
        ("assessment", "考核与评价", Assessment),
    ];
}
