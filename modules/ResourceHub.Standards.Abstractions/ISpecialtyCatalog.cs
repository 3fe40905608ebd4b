namespace ResourceHub.Standards;

/// <summary>A 专业 of the catalogue as other modules read it.</summary>
public sealed record SpecialtyInfo(string Code, string Name, string? Category, bool HasIntegratedStandard);

/// <summary>A 一体化 course of a specialty with its learning tasks (学习任务), in their order.</summary>
public sealed record CourseInfo(Guid Id, string Name, IReadOnlyList<LearningTaskInfo> Tasks);

public sealed record LearningTaskInfo(Guid Id, string Name);

/// <summary>The specialty catalogue (专业目录), read-only, for modules that file or filter by specialty.</summary>
public interface ISpecialtyCatalog
{
    Task<IReadOnlyList<SpecialtyInfo>> ListAsync(CancellationToken ct = default);

    Task<SpecialtyInfo?> FindAsync(string code, CancellationToken ct = default);

    /// <summary>The names of the specialty's 一体化 courses, in their catalogue order.</summary>
    Task<IReadOnlyList<string>> CourseNamesAsync(string specialtyCode, CancellationToken ct = default);

    /// <summary>The specialty's courses with their learning tasks: what authored material is filed under.</summary>
    Task<IReadOnlyList<CourseInfo>> CoursesAsync(string specialtyCode, CancellationToken ct = default);

    /// <summary>The specialty a course belongs to; 404 for an unknown course.</summary>
    Task<string> SpecialtyOfCourseAsync(Guid courseId, CancellationToken ct = default);

    /// <summary>Refuses (400, naming the field) a course that is not the specialty's, or a learning task not of that course.</summary>
    Task EnsureLinkAsync(string specialtyCode, Guid? courseId, Guid? learningTaskId, CancellationToken ct = default);
}
