using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Reports;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services.Oversight;

/// <summary>
/// 督导: the reform's people. Training in 人次 (records) and 人 (persons), class hours with the
/// region's multiplier for 一体化 courses, 一体化教师 by level and 企业兼职教师 in post today.
/// </summary>
public sealed class PeopleOversight(ResourceHubDbContext db, RuleService rules) : IOversightSource
{
    public async Task<OversightSection> CountAsync(OversightScope scope, CancellationToken ct)
    {
        var ids = scope.Schools.Keys.ToList();
        var records = await db.Set<TrainingRecord>().AsNoTracking().Where(t => ids.Contains(t.SchoolId)).OrderBy(t => t.Date).ToListAsync(ct);
        OversightRow Row(TrainingRecord t) => new(t.TeacherName, scope.Schools[t.SchoolId], $"{t.CourseName}，{t.Hours:0.#} 学时（{t.Date:yyyy-MM-dd}）", "/reform/training");
        var attendances = records.Select(Row).ToList();
        var persons = records.GroupBy(t => t.PersonKey)
            .Select(g => new OversightRow(g.First().TeacherName, scope.Schools[g.First().SchoolId], $"{g.Count()} 人次", "/reform/training")).ToList();
        var figures = new List<OversightFigure>
        {
            new("training.attendances", "师资培训", "培训人次", attendances.Count, "人次", attendances),
            new("training.persons", "师资培训", "培训人数", persons.Count, "人", persons),
            new("training.hours", "师资培训", "培训学时", records.Sum(t => t.Hours), "学时", attendances),
        };

        var multiplier = (await rules.ForRegionAsync(scope.Region, ct)).IntegratedHoursMultiplier;
        var loads = await db.Set<TeachingLoad>().AsNoTracking().Where(l => ids.Contains(l.SchoolId)).OrderBy(l => l.Term).ToListAsync(ct);
        OversightRow LoadRow(TeachingLoad l) => new(l.TeacherName, scope.Schools[l.SchoolId], $"{l.Term} {l.CourseName}：{l.Hours:0.#} 课时{(l.Integrated ? "（一体化）" : "")}", "/reform/workload");
        var hours = WorkloadService.Hours.Of(loads, multiplier);
        var integrated = loads.Where(l => l.Integrated).Select(LoadRow).ToList();
        figures.Add(new("hours.integrated", "课时", "一体化课时", hours.Integrated, "课时", integrated));
        figures.Add(new("hours.other", "课时", "其他课时", hours.Other, "课时", loads.Where(l => !l.Integrated).Select(LoadRow).ToList()));
        figures.Add(new("hours.counted", "课时", $"折算课时（一体化 ×{multiplier:0.##}）", hours.Counted, "课时", loads.Select(LoadRow).ToList()));

        var today = DateOnly.FromDateTime(scope.Now.ToChinaTime().DateTime);
        var teachers = (await db.Set<ReformTeacher>().AsNoTracking().Where(t => ids.Contains(t.SchoolId)).OrderBy(t => t.Name).ToListAsync(ct))
            .Where(t => t.ActiveOn(today)).ToList();
        OversightRow TeacherRow(ReformTeacher t) => new(t.Name, scope.Schools[t.SchoolId], $"专业 {t.SpecialtyCode}{(t.Enterprise is null ? "" : "，" + t.Enterprise)}，{t.From:yyyy-MM-dd} 起", null);
        foreach (var level in Enum.GetValues<IntegratedTeacherLevel>())
        {
            var rows = teachers.Where(t => t.Kind == ReformTeacherKind.Integrated && t.Level == level).Select(TeacherRow).ToList();
            figures.Add(new($"teachers.{level}", "改革师资（在岗）", level.ToChinese(), rows.Count, "人", rows));
        }
        var enterprise = teachers.Where(t => t.Kind == ReformTeacherKind.Enterprise).Select(TeacherRow).ToList();
        figures.Add(new("teachers.Enterprise", "改革师资（在岗）", "企业兼职教师", enterprise.Count, "人", enterprise));
        return new OversightSection("people", "师资培训、课时与改革师资", 40, figures);
    }
}
