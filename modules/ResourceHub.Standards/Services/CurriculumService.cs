using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;

namespace ResourceHub.Standards.Services;

/// <summary>Specialty → 一体化 course → learning task; other modules check links through here.</summary>
public sealed class CurriculumService(ResourceHubDbContext db, SpecialtyService specialties)
{
    public Task<List<Course>> CoursesAsync(string? specialtyCode, CancellationToken ct = default) =>
        db.Set<Course>().AsNoTracking().Include(c => c.Tasks.OrderBy(t => t.Order))
            .Where(c => specialtyCode == null || c.SpecialtyCode == specialtyCode)
            .OrderBy(c => c.SpecialtyCode).ThenBy(c => c.Order).ThenBy(c => c.Name)
            .ToListAsync(ct);

    public async Task<Course> GetCourseAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Course>().AsNoTracking().Include(c => c.Tasks.OrderBy(t => t.Order)).FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException("课程不存在。");

    public async Task<Course> CreateCourseAsync(string specialtyCode, string name, string? description, int? hours, CancellationToken ct = default)
    {
        name = name.Trim();
        if (await specialties.FindAsync(specialtyCode, ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{specialtyCode}”不在专业目录中。");
        }
        if (await db.Set<Course>().AnyAsync(c => c.SpecialtyCode == specialtyCode && c.Name == name, ct))
        {
            throw new ConflictException($"专业“{specialtyCode}”已有课程“{name}”。");
        }
        var order = await db.Set<Course>().CountAsync(c => c.SpecialtyCode == specialtyCode, ct);
        var course = new Course { SpecialtyCode = specialtyCode, Name = name, Description = description?.Trim() ?? "", Hours = hours, Order = order };
        db.Add(course);
        await db.SaveChangesAsync(ct);
        return course;
    }

    /// <summary>Renames or re-describes a course; it stays under its specialty, which packages rely on.</summary>
    public async Task<Course> UpdateCourseAsync(Guid id, string specialtyCode, string name, string? description, int? hours, CancellationToken ct = default)
    {
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("课程不存在。");
        name = name.Trim();
        if (course.SpecialtyCode != specialtyCode)
        {
            throw new FieldException("specialtyCode", "课程所属专业不能更改；请在另一专业下新建课程。");
        }
        if (await db.Set<Course>().AnyAsync(c => c.SpecialtyCode == specialtyCode && c.Name == name && c.Id != id, ct))
        {
            throw new ConflictException($"专业“{specialtyCode}”已有课程“{name}”。");
        }
        course.Name = name;
        course.Description = description?.Trim() ?? "";
        course.Hours = hours;
        await db.SaveChangesAsync(ct);
        return course;
    }

    public async Task<LearningTask> UpdateTaskAsync(Guid courseId, Guid taskId, string name, string workTask, int? hours, CancellationToken ct = default)
    {
        var task = await db.Set<LearningTask>().FirstOrDefaultAsync(t => t.Id == taskId && t.CourseId == courseId, ct)
            ?? throw new NotFoundException("学习任务不存在。");
        task.Name = name.Trim();
        task.WorkTask = workTask.Trim();
        task.Hours = hours;
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<LearningTask> AddTaskAsync(Guid courseId, string name, string workTask, int? hours, CancellationToken ct = default)
    {
        var course = await GetCourseAsync(courseId, ct);
        var task = new LearningTask { CourseId = course.Id, Name = name.Trim(), WorkTask = workTask.Trim(), Hours = hours, Order = course.Tasks.Count };
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>
    /// Checks a package's link: the course belongs to the package's specialty, and the task (if
    /// any) to the course. Throws a 400 naming the field otherwise.
    /// </summary>
    public async Task EnsureLinkAsync(string specialtyCode, Guid? courseId, Guid? learningTaskId, CancellationToken ct = default)
    {
        if (learningTaskId is not null && courseId is null)
        {
            throw new FieldException("courseId", "关联学习任务时请同时选择课程。");
        }
        if (courseId is null)
        {
            return;
        }
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || course.SpecialtyCode != specialtyCode)
        {
            throw new FieldException("courseId", $"课程不存在，或不属于专业“{specialtyCode}”。");
        }
        if (learningTaskId is not null && !await db.Set<LearningTask>().AnyAsync(t => t.Id == learningTaskId && t.CourseId == courseId, ct))
        {
            throw new FieldException("learningTaskId", $"学习任务不存在，或不属于课程“{course.Name}”。");
        }
    }
}
