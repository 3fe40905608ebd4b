using ResourceHub.Standards.Models;

namespace ResourceHub.Standards.Services;

/// <summary>The catalogue behind <see cref="ISpecialtyCatalog"/>: rows become records at the module's edge.</summary>
public sealed class SpecialtyCatalog(SpecialtyService specialties, CurriculumService curriculum) : ISpecialtyCatalog
{
    public async Task<IReadOnlyList<SpecialtyInfo>> ListAsync(CancellationToken ct = default) =>
        (await specialties.ListAsync(ct)).Select(Info).ToList();

    public async Task<SpecialtyInfo?> FindAsync(string code, CancellationToken ct = default) =>
        await specialties.FindAsync(code, ct) is { } specialty ? Info(specialty) : null;

    public async Task<IReadOnlyList<string>> CourseNamesAsync(string specialtyCode, CancellationToken ct = default) =>
        (await curriculum.CoursesAsync(specialtyCode, ct)).Select(c => c.Name).ToList();

    public async Task<IReadOnlyList<CourseInfo>> CoursesAsync(string specialtyCode, CancellationToken ct = default) =>
        (await curriculum.CoursesAsync(specialtyCode, ct))
            .Select(c => new CourseInfo(c.Id, c.Name, c.Tasks.Select(t => new LearningTaskInfo(t.Id, t.Name)).ToList())).ToList();

    public async Task<string> SpecialtyOfCourseAsync(Guid courseId, CancellationToken ct = default) =>
        (await curriculum.GetCourseAsync(courseId, ct)).SpecialtyCode;

    public Task EnsureLinkAsync(string specialtyCode, Guid? courseId, Guid? learningTaskId, CancellationToken ct = default) =>
        curriculum.EnsureLinkAsync(specialtyCode, courseId, learningTaskId, ct);

    private static SpecialtyInfo Info(Specialty s) => new(s.Code, s.Name, s.Category, s.HasIntegratedStandard);
}
