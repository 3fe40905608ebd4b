using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>
/// Teacher training records, one at a time, a whole sheet (see <see cref="TrainingSheet"/>), or a
/// programme's completion (<see cref="RecordFromSourceAsync"/>). Every path writes through one
/// upsert on the natural key, so the same training is one 人次 however often it arrives; every
/// change is kept in the record's history.
/// </summary>
public sealed class TrainingService(ResourceHubDbContext db, ISchoolDirectory schools, RegionScope regions, UserManager<ResourceHubUser> users, IOptions<SheetLimits> limits)
{
    public sealed record TrainingInput(
        string TeacherName, Guid SchoolId, string CourseName, decimal Hours, DateOnly Date, string TrainingBase,
        Guid? UserId = null, DateOnly? EndDate = null, string? UserName = null);

    public enum Outcome { Added, Updated, Unchanged }

    public sealed record ImportResult(bool DryRun, bool Saved, int Rows, IReadOnlyList<TrainingSheet.RowError> Errors, int Added = 0, int Updated = 0, int Unchanged = 0);

    /// <summary>The records of the schools the caller oversees (<paramref name="schoolId"/> narrows to one of them).</summary>
    public async Task<List<TrainingRecord>> ListAsync(ClaimsPrincipal actor, Guid? schoolId, CancellationToken ct = default)
    {
        var overseen = await regions.SchoolsOfAsync(actor, ct);
        return await db.Set<TrainingRecord>().AsNoTracking()
            .Where(t => overseen == null || overseen.Contains(t.SchoolId))
            .Where(t => schoolId == null || t.SchoolId == schoolId)
            .OrderByDescending(t => t.Date).ThenBy(t => t.TeacherName)
            .ToListAsync(ct);
    }

    public async Task<TrainingRecord> AddAsync(ClaimsPrincipal actor, TrainingInput input, CancellationToken ct = default)
    {
        EnsureMaySave(actor, input.SchoolId);
        await schools.GetAsync(input.SchoolId, ct);
        return (await UpsertAsync(input, TrainingSources.Manual, null, actor.UserId(), ct)).Record;
    }

    /// <summary>
    /// For other modules (网络师资研修): a completion of <paramref name="source"/> (a programme) with
    /// its own key. The same key, or the same person, course and dates from a sheet, is not counted again.
    /// </summary>
    public async Task<(TrainingRecord Record, Outcome Outcome)> RecordFromSourceAsync(string source, string sourceKey, TrainingInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(sourceKey))
        {
            throw new ArgumentException("A source and its key are required.");
        }
        await schools.GetAsync(input.SchoolId, ct);
        return await db.InTransactionAsync(() => UpsertAsync(input, source, sourceKey, null, ct), ct);
    }

    /// <summary>
    /// The record of a training this site gave (a completed 研修项目, <paramref name="source"/> naming
    /// the programme), keyed by the teacher's account: writing it again, or importing the same
    /// training (the natural key), adds nothing.
    /// </summary>
    /// <returns>The record's id.</returns>
    public async Task<Guid> RecordCompletionAsync(TrainingInput input, string source, CancellationToken ct = default) =>
        (await RecordFromSourceAsync(source, input.UserId?.ToString("N") ?? input.TeacherName.Trim(), input, ct)).Record.Id;

    /// <summary>
    /// Reads the sheet and reports every bad row. Saves only when asked to and no row is bad: a
    /// rejected sheet saves nothing. A row already recorded (same natural key) updates, never duplicates.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ClaimsPrincipal actor, IFormFile file, bool dryRun, CancellationToken ct = default)
    {
        // Measured before a byte is copied: an oversized upload never reaches memory.
        limits.Value.EnsureSize(file.Length);
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return await ImportAsync(actor, stream, dryRun, ct);
    }

    public async Task<ImportResult> ImportAsync(ClaimsPrincipal actor, Stream sheet, bool dryRun, CancellationToken ct = default)
    {
        var known = (await schools.ListAsync(ct)).ToDictionary(s => s.Name, s => s.Id);
        var mayImportFor = actor.IsInRole(Roles.Admin) ? null : actor.SchoolId();
        var (rows, errors) = TrainingSheet.Read(sheet, limits.Value, name =>
            !known.TryGetValue(name, out var id) ? (null, $"学校“{name}”不在系统中，请填写学校全称。")
            : mayImportFor is { } own && own != id ? (null, "只能导入本校教师的培训记录。")
            : (id, null));
        if (dryRun || errors.Count > 0)
        {
            return new ImportResult(dryRun, false, rows.Count + errors.Select(e => e.Row).Distinct().Count(), errors);
        }
        var outcomes = await db.InTransactionAsync(async () =>
        {
            var list = new List<Outcome>();
            foreach (var row in rows)
            {
                list.Add((await UpsertAsync(row, TrainingSources.Import, null, actor.UserId(), ct)).Outcome);
            }
            return list;
        }, ct);
        return new ImportResult(false, true, rows.Count, errors,
            outcomes.Count(o => o == Outcome.Added), outcomes.Count(o => o == Outcome.Updated), outcomes.Count(o => o == Outcome.Unchanged));
    }

    public async Task<TrainingRecord> UpdateAsync(ClaimsPrincipal actor, Guid id, TrainingInput input, CancellationToken ct = default)
    {
        var record = await FindOwnAsync(actor, id, ct);
        if (input.SchoolId != record.SchoolId)
        {
            throw new FieldException("schoolId", "培训记录不能改到另一所学校；请删除后在那所学校登记。");
        }
        TrainingRecords.Validate(input);
        var userId = input.UserId ?? await TrainingRecords.LinkAsync(users, db, input, ct);
        var before = TrainingRecords.Snapshot(record);
        TrainingRecords.Apply(record, input, userId);
        db.Add(TrainingRecords.Change(record, "更新", actor.UserId(), before));
        await SaveUniqueAsync(ct);
        return record;
    }

    public async Task DeleteAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var record = await FindOwnAsync(actor, id, ct);
        db.Add(TrainingRecords.Change(record, "删除", actor.UserId(), TrainingRecords.Snapshot(record), deleted: true));
        db.Remove(record);
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<TrainingRecordChange>> HistoryAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var changes = await db.Set<TrainingRecordChange>().AsNoTracking().Where(c => c.RecordId == id).OrderBy(c => c.At).ToListAsync(ct);
        if (changes.Count == 0 || !await regions.OverseesSchoolAsync(actor, changes[0].SchoolId, ct))
        {
            throw new NotFoundException("培训记录不存在。");
        }
        return changes;
    }

    private async Task<(TrainingRecord Record, Outcome Outcome)> UpsertAsync(TrainingInput input, string source, string? sourceKey, Guid? actor, CancellationToken ct)
    {
        TrainingRecords.Validate(input);
        var end = input.EndDate ?? input.Date;
        var (teacher, course) = (input.TeacherName.Trim(), input.CourseName.Trim());
        var existing = sourceKey is not null
            ? await db.Set<TrainingRecord>().FirstOrDefaultAsync(t => t.Source == source && t.SourceKey == sourceKey, ct)
            : null;
        existing ??= await db.Set<TrainingRecord>().FirstOrDefaultAsync(t =>
            t.SchoolId == input.SchoolId && t.TeacherName == teacher && t.CourseName == course && t.Date == input.Date && t.EndDate == end, ct);
        var userId = input.UserId ?? await TrainingRecords.LinkAsync(users, db, input, ct);
        if (existing is not null)
        {
            if (TrainingRecords.Same(existing, input, userId ?? existing.UserId))
            {
                return (existing, Outcome.Unchanged);
            }
            var before = TrainingRecords.Snapshot(existing);
            TrainingRecords.Apply(existing, input, userId ?? existing.UserId);
            db.Add(TrainingRecords.Change(existing, "更新", actor, before));
            await SaveUniqueAsync(ct);
            return (existing, Outcome.Updated);
        }
        var record = new TrainingRecord
        {
            TeacherName = teacher, SchoolId = input.SchoolId, CourseName = course, TrainingBase = input.TrainingBase.Trim(),
            Source = source, SourceKey = sourceKey,
        };
        TrainingRecords.Apply(record, input, userId);
        db.Add(record);
        db.Add(TrainingRecords.Change(record, "新增", actor, null));
        await SaveUniqueAsync(ct);
        return (record, Outcome.Added);
    }

    private async Task SaveUniqueAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("同一教师同一课程同一日期的培训记录已经存在（可能刚由别人登记），请刷新后再试。");
        }
    }

    private async Task<TrainingRecord> FindOwnAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct)
    {
        var record = await db.Set<TrainingRecord>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !await regions.OverseesSchoolAsync(actor, record.SchoolId, ct))
        {
            throw new NotFoundException("培训记录不存在。");
        }
        EnsureMaySave(actor, record.SchoolId);
        return record;
    }

    private static void EnsureMaySave(ClaimsPrincipal actor, Guid schoolId)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能登记和修改本校教师的培训记录。");
        }
    }
}
