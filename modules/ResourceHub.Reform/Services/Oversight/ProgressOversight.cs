using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services.Oversight;

/// <summary>
/// 督导: progress towards the targets by phase, counted as <see cref="ProgressService"/> counts
/// (specialties and schools reached by a phase's end, training 人次 during it), with the rows
/// behind every figure; and the specialty applications by status.
/// </summary>
public sealed class ProgressOversight(ResourceHubDbContext db, TargetService targets) : IOversightSource
{
    public async Task<OversightSection> CountAsync(OversightScope scope, CancellationToken ct)
    {
        var ids = scope.Schools.Keys.ToList();
        var applications = await (from a in db.Set<SpecialtyApplication>().AsNoTracking()
                                   where ids.Contains(a.SchoolId)
                                   join b in db.Set<Batch>() on a.BatchId equals b.Id
                                   select new { a.Id, a.SchoolId, a.SpecialtyCode, a.Status, Batch = b.Name, b.Opens }).ToListAsync(ct);
        var trainings = await db.Set<TrainingRecord>().AsNoTracking().Where(t => ids.Contains(t.SchoolId))
            .Select(t => new { t.SchoolId, t.TeacherName, t.CourseName, t.Date }).ToListAsync(ct);
        var scopeKey = await targets.FindAsync(scope.Region, ct) is null ? Scope.National : scope.Region;
        var phases = await targets.PhasesAsync(scopeKey, ct);
        var figures = new List<OversightFigure>();
        foreach (var phase in phases)
        {
            var reached = applications.Where(a => a.Status == ApplicationStatus.Approved && a.Opens <= phase.End).ToList();
            var specialtyRows = reached.GroupBy(a => a.SpecialtyCode)
                .Select(g => new OversightRow($"专业 {g.Key}", string.Join("、", g.Select(a => scope.Schools[a.SchoolId]).Distinct()), $"{g.Count()} 所院校实施", null)).ToList();
            var schoolRows = reached.GroupBy(a => a.SchoolId)
                .Select(g => new OversightRow(scope.Schools[g.Key], scope.Schools[g.Key], $"实施专业 {string.Join("、", g.Select(a => a.SpecialtyCode).Distinct())}", null)).ToList();
            var trained = trainings.Where(t => phase.Contains(t.Date))
                .Select(t => new OversightRow(t.TeacherName, scope.Schools[t.SchoolId], $"{t.CourseName}（{t.Date:yyyy-MM-dd}）", "/reform/training")).ToList();
            var n = phase.Number;
            figures.Add(new($"phase{n}.specialties", phase.Name, "一体化专业（累计）", specialtyRows.Count, "个", specialtyRows));
            figures.Add(new($"phase{n}.schools", phase.Name, "参与院校（累计）", schoolRows.Count, "所", schoolRows));
            figures.Add(new($"phase{n}.trainings", phase.Name, "教师培训（本阶段）", trained.Count, "人次", trained));
            AddTarget(figures, n, phase.Name, "specialties", "专业目标", phase.Specialties, "个");
            AddTarget(figures, n, phase.Name, "schools", "院校目标", phase.Schools, "所");
            AddTarget(figures, n, phase.Name, "trainings", "培训目标", phase.Teachers, "人次");
        }
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            var rows = applications.Where(a => a.Status == status)
                .Select(a => new OversightRow($"专业 {a.SpecialtyCode}", scope.Schools[a.SchoolId], a.Batch, null)).ToList();
            figures.Add(new($"applications.{status}", "专业申报", status.ToChinese(), rows.Count, "项", rows));
        }
        return new OversightSection("progress", $"目标进展（按{(scopeKey == Scope.National ? "国家" : scopeKey)}方案的阶段）与专业申报", 30, figures);
    }

    /// <summary>A phase's target as the plan states it; no rows, it is data, not a count.</summary>
    private static void AddTarget(List<OversightFigure> figures, int phase, string group, string key, string label, int? target, string unit)
    {
        if (target is { } value)
        {
            figures.Add(new($"phase{phase}.{key}.target", group, label, value, unit, []));
        }
    }
}
