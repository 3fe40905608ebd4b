using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Teachers' class hours, and the workload report that counts 一体化 hours by the region's multiplier.</summary>
public sealed class WorkloadService(ResourceHubDbContext db, ISchoolDirectory schools, RuleService rules)
{
    public sealed record WorkloadReport(
        string TeacherName, Guid SchoolId, string Region, decimal Multiplier,
        decimal IntegratedHours, decimal OtherHours, decimal CountedHours, IReadOnlyList<TeachingLoad> Entries);

    /// <summary>Hours as the workload counts them: 一体化 hours times the multiplier, other hours as taught.</summary>
    public sealed record Hours(decimal Integrated, decimal Other, decimal Counted)
    {
        public static Hours Of(IEnumerable<TeachingLoad> entries, decimal multiplier)
        {
            var list = entries as IReadOnlyCollection<TeachingLoad> ?? entries.ToList();
            var integrated = list.Where(e => e.Integrated).Sum(e => e.Hours);
            var other = list.Where(e => !e.Integrated).Sum(e => e.Hours);
            return new Hours(integrated, other, integrated * multiplier + other);
        }
    }

    public sealed record TeacherTerm(string TeacherName, string Term, Hours Hours);

    /// <summary>A school's workload: one row a teacher and term, the total, and the entries behind them.</summary>
    public sealed record SchoolReport(SchoolInfo School, decimal Multiplier, string? Term, IReadOnlyList<string> Terms,
        IReadOnlyList<TeacherTerm> Rows, Hours Total, IReadOnlyList<TeachingLoad> Entries);

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

    public async Task<WorkloadReport> ReportAsync(ClaimsPrincipal actor, Guid schoolId, string teacherName, string? term, CancellationToken ct = default)
    {
        teacherName = teacherName.Trim();
        var (school, multiplier, entries) = await LoadAsync(actor, schoolId, term, l => l.TeacherName == teacherName, ct);
        var hours = Hours.Of(entries, multiplier);
        return new WorkloadReport(teacherName, schoolId, school.Region, multiplier, hours.Integrated, hours.Other, hours.Counted, entries);
    }

    public async Task<SchoolReport> SchoolReportAsync(ClaimsPrincipal actor, Guid schoolId, string? term, CancellationToken ct = default)
    {
        var (school, multiplier, entries) = await LoadAsync(actor, schoolId, term, _ => true, ct);
        var terms = await db.Set<TeachingLoad>().Where(l => l.SchoolId == schoolId).Select(l => l.Term).Distinct().ToListAsync(ct);
        var rows = entries
            .GroupBy(e => (e.TeacherName, e.Term))
            .Select(g => new TeacherTerm(g.Key.TeacherName, g.Key.Term, Hours.Of(g, multiplier)))
            .OrderBy(r => r.TeacherName, StringComparer.Ordinal).ThenByDescending(r => r.Term, StringComparer.Ordinal)
            .ToList();
        return new SchoolReport(school, multiplier, term, terms.OrderDescending(StringComparer.Ordinal).ToList(), rows, Hours.Of(entries, multiplier), entries);
    }

    /// <summary>Anyone of the school (an admin: of any school) may see its teachers' hours; nobody else.</summary>
    private async Task<(SchoolInfo School, decimal Multiplier, List<TeachingLoad> Entries)> LoadAsync(
        ClaimsPrincipal actor, Guid schoolId, string? term, System.Linq.Expressions.Expression<Func<TeachingLoad, bool>> which, CancellationToken ct)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能查看本校教师的工作量。");
        }
        var school = await schools.GetAsync(schoolId, ct);
        term = string.IsNullOrWhiteSpace(term) ? null : term.Trim();
        var entries = await db.Set<TeachingLoad>().AsNoTracking()
            .Where(l => l.SchoolId == schoolId && (term == null || l.Term == term))
            .Where(which)
            .OrderBy(l => l.Term).ThenBy(l => l.CourseName)
            .ToListAsync(ct);
        var multiplier = (await rules.ForRegionAsync(school.Region, ct)).IntegratedHoursMultiplier;
        return (school, multiplier, entries);
    }
}
