using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Teachers' class hours, and the workload report that counts 一体化 hours by the region's multiplier.</summary>
public sealed class WorkloadService(ResourceHubDbContext db, SchoolService schools, RuleService rules)
{
    public sealed record WorkloadReport(
        string TeacherName, Guid SchoolId, string Region, decimal Multiplier,
        decimal IntegratedHours, decimal OtherHours, decimal CountedHours, IReadOnlyList<TeachingLoad> Entries);

    public async Task<TeachingLoad> AddAsync(ClaimsPrincipal actor, string teacherName, Guid schoolId, string courseName, decimal hours, bool integrated, string term, CancellationToken ct = default)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能登记本校教师的课时。");
        }
        await schools.GetAsync(schoolId, ct);
        if (hours is <= 0 or > 2000)
        {
            throw new FieldException("hours", "课时应大于 0 且不超过 2000。");
        }
        var load = new TeachingLoad { TeacherName = teacherName.Trim(), SchoolId = schoolId, CourseName = courseName.Trim(), Hours = hours, Integrated = integrated, Term = term.Trim() };
        db.Add(load);
        await db.SaveChangesAsync(ct);
        return load;
    }

    public async Task<WorkloadReport> ReportAsync(Guid schoolId, string teacherName, string? term, CancellationToken ct = default)
    {
        var school = await schools.GetAsync(schoolId, ct);
        teacherName = teacherName.Trim();
        var entries = await db.Set<TeachingLoad>().AsNoTracking()
            .Where(l => l.SchoolId == schoolId && l.TeacherName == teacherName && (term == null || l.Term == term))
            .OrderBy(l => l.Term).ThenBy(l => l.CourseName)
            .ToListAsync(ct);
        var multiplier = (await rules.ForRegionAsync(school.Region, ct)).IntegratedHoursMultiplier;
        var integrated = entries.Where(e => e.Integrated).Sum(e => e.Hours);
        var other = entries.Where(e => !e.Integrated).Sum(e => e.Hours);
        return new WorkloadReport(teacherName, schoolId, school.Region, multiplier, integrated, other, integrated * multiplier + other, entries);
    }
}
