using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Teacher training records, one at a time or a whole sheet (see <see cref="TrainingSheet"/>).</summary>
public sealed class TrainingService(ResourceHubDbContext db, SchoolService schools)
{
    public sealed record TrainingInput(string TeacherName, Guid SchoolId, string CourseName, decimal Hours, DateOnly Date, string TrainingBase, Guid? UserId = null);

    public sealed record ImportResult(bool DryRun, bool Saved, int Rows, IReadOnlyList<TrainingSheet.RowError> Errors);

    public Task<List<TrainingRecord>> ListAsync(Guid? schoolId, CancellationToken ct = default) =>
        db.Set<TrainingRecord>().AsNoTracking()
            .Where(t => schoolId == null || t.SchoolId == schoolId)
            .OrderByDescending(t => t.Date).ThenBy(t => t.TeacherName)
            .ToListAsync(ct);

    public async Task<TrainingRecord> AddAsync(ClaimsPrincipal actor, TrainingInput input, CancellationToken ct = default)
    {
        EnsureMaySave(actor, input.SchoolId);
        await schools.GetAsync(input.SchoolId, ct);
        if (TrainingSheet.Check(input.TeacherName, input.CourseName, input.Hours, input.Date, input.TrainingBase).FirstOrDefault() is { } p)
        {
            throw new FieldException(p.Field, p.Reason);
        }
        var record = ToRecord(input);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>
    /// The record of a training this site gave (a completed 研修项目), written by the module that
    /// checked the completion, not by a person: keyed by <paramref name="source"/> and the teacher's
    /// account, so writing it again (or importing it, see the import's natural key) adds nothing.
    /// </summary>
    public async Task<TrainingRecord> RecordCompletionAsync(TrainingInput input, string source, CancellationToken ct = default)
    {
        var teacher = input.TeacherName.Trim();
        var course = input.CourseName.Trim();
        // Already written, or already imported under the import's natural key (person, course, date).
        if (await db.Set<TrainingRecord>().FirstOrDefaultAsync(t => (t.Source == source && t.UserId == input.UserId)
                || (t.SchoolId == input.SchoolId && (t.UserId == input.UserId || t.TeacherName == teacher) && t.CourseName == course && t.Date == input.Date), ct) is { } existing)
        {
            return existing;
        }
        var record = NewRecord(input, source);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>
    /// Reads the sheet and reports every bad row. Saves only when asked to and no row is bad: a
    /// rejected sheet saves nothing.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ClaimsPrincipal actor, Stream sheet, bool dryRun, CancellationToken ct = default)
    {
        var known = (await schools.ListAsync(ct)).ToDictionary(s => s.Name, s => s.Id);
        var mayImportFor = actor.IsInRole(Roles.Admin) ? null : actor.SchoolId();
        var (rows, errors) = TrainingSheet.Read(sheet, name =>
            !known.TryGetValue(name, out var id) ? (null, $"学校“{name}”不在系统中，请填写学校全称。")
            : mayImportFor is { } own && own != id ? (null, "只能导入本校教师的培训记录。")
            : (id, null));
        if (dryRun || errors.Count > 0)
        {
            return new ImportResult(dryRun, false, rows.Count + errors.Select(e => e.Row).Distinct().Count(), errors);
        }
        db.AddRange(rows.Select(ToRecord));
        await db.SaveChangesAsync(ct);
        return new ImportResult(false, true, rows.Count, errors);
    }

    private static void EnsureMaySave(ClaimsPrincipal actor, Guid schoolId)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能登记本校教师的培训记录。");
        }
    }

    private static TrainingRecord ToRecord(TrainingInput i) => NewRecord(i, null);

    private static TrainingRecord NewRecord(TrainingInput i, string? source) => new()
    {
        Source = source,
        TeacherName = i.TeacherName.Trim(),
        UserId = i.UserId,
        SchoolId = i.SchoolId,
        CourseName = i.CourseName.Trim(),
        Hours = i.Hours,
        Date = i.Date,
        TrainingBase = i.TrainingBase.Trim(),
    };
}
