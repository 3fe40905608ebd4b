using ResourceHub.Schools;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>
/// The actual figures, always counted from the data, as the seeds count them: specialties and
/// schools from approved implementations, reached by a phase's end (an implementation counts
/// from the day its batch opened); teachers as 人次 of training (one record, one attendance),
/// given during a phase (by the training's first day). A region counts its own schools.
/// </summary>
public sealed class ProgressService(ResourceHubDbContext db, TargetService targets, ISchoolDirectory schools) : ISiteFigures
{
    public sealed record FigureSet(int? Specialties, int? Schools, int? Teachers);

    public sealed record PhaseReport(string Name, DateOnly Start, DateOnly End, FigureSet Targets, FigureSet Actual);

    public sealed record Report(string Region, FigureSet Targets, FigureSet Actual, IReadOnlyList<PhaseReport> Phases);

    private sealed record Implementation(Guid SchoolId, string SpecialtyCode, DateOnly Opens);

    private sealed record Trained(string Teacher, DateOnly Date);

    // One request may ask twice (the home page's figures and its targets section): counted once per scope.
    private readonly Dictionary<string, Task<Report>> _reports = [];

    public Task<Report> ReportAsync(string? region, CancellationToken ct = default)
    {
        var scope = TargetService.NormalizeScope(region);
        if (!_reports.TryGetValue(scope, out var report) || report.IsFaulted || report.IsCanceled)
        {
            _reports[scope] = report = CountAsync(scope, ct);
        }
        return report;
    }

    /// <summary>One school's progress against its region's phases (the targets are the region's).</summary>
    public async Task<Report> SchoolReportAsync(Guid schoolId, string region, CancellationToken ct = default)
    {
        var scope = await targets.FindAsync(region, ct) is null ? Scope.National : region;
        return await CountAsync(scope, ct, [schoolId]);
    }

    private async Task<Report> CountAsync(string scope, CancellationToken ct, IReadOnlyCollection<Guid>? onlySchools = null)
    {
        var target = await targets.FindAsync(scope, ct);
        var phases = await targets.PhasesAsync(scope, ct);
        var (implementations, trained) = await LoadAsync(scope, onlySchools, ct);
        return new Report(
            scope,
            new FigureSet(target?.Specialties, target?.Schools, target?.Teachers),
            Count(implementations, trained),
            phases.Select(p => new PhaseReport(
                p.Name, p.Start, p.End,
                new FigureSet(p.Specialties, p.Schools, p.Teachers),
                Count(implementations.Where(i => i.Opens <= p.End).ToList(), trained.Where(t => p.Contains(t.Date)).ToList()))).ToList());
    }

    private static FigureSet Count(IReadOnlyCollection<Implementation> implementations, IReadOnlyCollection<Trained> trained) => new(
        implementations.Select(i => i.SpecialtyCode).Distinct().Count(),
        implementations.Select(i => i.SchoolId).Distinct().Count(),
        trained.Count);

    private async Task<(List<Implementation>, List<Trained>)> LoadAsync(string scope, IReadOnlyCollection<Guid>? onlySchools, CancellationToken ct)
    {
        var approved = from a in db.Set<SpecialtyApplication>()
                       where a.Status == ApplicationStatus.Approved
                       join b in db.Set<Batch>() on a.BatchId equals b.Id
                       select new { a.SchoolId, a.SpecialtyCode, b.Opens };
        var records = db.Set<TrainingRecord>().AsQueryable();
        if (scope != Scope.National || onlySchools is not null)
        {
            var ids = onlySchools?.ToList() ?? (await schools.ListInRegionAsync(scope, ct)).Select(s => s.Id).ToList();
            approved = approved.Where(a => ids.Contains(a.SchoolId));
            records = records.Where(r => ids.Contains(r.SchoolId));
        }
        var implementations = (await approved.ToListAsync(ct)).Select(a => new Implementation(a.SchoolId, a.SpecialtyCode, a.Opens)).ToList();
        var trained = (await records.Select(r => new { r.UserId, r.SchoolId, r.TeacherName, r.Date }).ToListAsync(ct))
            // A teacher with an account is one person across schools; without, a name within a school.
            .Select(r => new Trained(r.UserId?.ToString() ?? $"{r.SchoolId}/{r.TeacherName}", r.Date))
            .ToList();
        return (implementations, trained);
    }

    public async Task<IReadOnlyList<SiteFigure>> GetAsync(CancellationToken cancellationToken)
    {
        var report = await ReportAsync(null, cancellationToken);
        return
        [
            new("实施一体化专业", report.Actual.Specialties ?? 0, 12, "个"),
            new("实施院校", report.Actual.Schools ?? 0, 22, "所"),
            new("一体化教师培训", report.Actual.Teachers ?? 0, 32, "人次"),
        ];
    }
}
