using ResourceHub.Standards;
using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;

namespace ResourceHub.Reform.Services;

/// <summary>一体化教师 (with their level) and 企业兼职教师, recorded by their school, read by its overseers.</summary>
public sealed class ReformTeacherService(ResourceHubDbContext db, ISchoolDirectory schools, ISpecialtyCatalog specialties, RegionScope regions)
{
    public sealed record TeacherInput(
        ReformTeacherKind Kind, string Name, Guid SchoolId, string SpecialtyCode, IntegratedTeacherLevel? Level, string? Enterprise, DateOnly From, DateOnly? To, Guid? UserId);

    public async Task<List<ReformTeacher>> ListAsync(ClaimsPrincipal actor, Guid? schoolId, CancellationToken ct = default)
    {
        var overseen = await regions.SchoolsOfAsync(actor, ct);
        return await db.Set<ReformTeacher>().AsNoTracking()
            .Where(t => (overseen == null || overseen.Contains(t.SchoolId)) && (schoolId == null || t.SchoolId == schoolId))
            .OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(ct);
    }

    public async Task<ReformTeacher> AddAsync(ClaimsPrincipal actor, TeacherInput input, CancellationToken ct = default)
    {
        if (!actor.ActsFor(input.SchoolId))
        {
            throw new ForbiddenException("只能登记本校的教师。");
        }
        await schools.GetAsync(input.SchoolId, ct);
        if (input.Name.Trim().Length is 0 or > 50)
        {
            throw new FieldException("name", "请填写教师姓名（最长 50 字）。");
        }
        if (await specialties.FindAsync(input.SpecialtyCode.Trim(), ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{input.SpecialtyCode}”不在专业目录中。");
        }
        if (input.Kind == ReformTeacherKind.Integrated && input.Level is null)
        {
            throw new FieldException("level", "一体化教师须填写等级（Junior 初级、Intermediate 中级、Senior 高级）。");
        }
        if (input.Kind == ReformTeacherKind.Enterprise && string.IsNullOrWhiteSpace(input.Enterprise))
        {
            throw new FieldException("enterprise", "企业兼职教师须填写所在企业。");
        }
        if (input.To is { } to && to < input.From)
        {
            throw new FieldException("to", "结束日期不能早于开始日期。");
        }
        var teacher = new ReformTeacher
        {
            Kind = input.Kind, Name = input.Name.Trim(), SchoolId = input.SchoolId, SpecialtyCode = input.SpecialtyCode.Trim(),
            Level = input.Kind == ReformTeacherKind.Integrated ? input.Level : null,
            Enterprise = input.Kind == ReformTeacherKind.Enterprise ? input.Enterprise!.Trim() : null,
            From = input.From, To = input.To, UserId = input.UserId,
        };
        db.Add(teacher);
        await db.SaveChangesAsync(ct);
        return teacher;
    }

    public async Task DeleteAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var teacher = await db.Set<ReformTeacher>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (teacher is null || !actor.ActsFor(teacher.SchoolId))
        {
            throw new NotFoundException("教师记录不存在。");
        }
        db.Remove(teacher);
        await db.SaveChangesAsync(ct);
    }
}
