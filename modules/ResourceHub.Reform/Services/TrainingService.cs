using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Teacher training records, one at a time or a whole sheet (see <see cref="TrainingSheet"/>).</summary>
public sealed class TrainingService(ResourceHubDbContext db, SchoolService schools, IOptions<SheetLimits> limits)
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
    /// Reads the sheet and reports every bad row. Saves only when asked to and no row is bad: a
    /// rejected sheet saves nothing.
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

    private static TrainingRecord ToRecord(TrainingInput i) => new()
    {
        TeacherName = i.TeacherName.Trim(),
        UserId = i.UserId,
        SchoolId = i.SchoolId,
        CourseName = i.CourseName.Trim(),
        Hours = i.Hours,
        Date = i.Date,
        TrainingBase = i.TrainingBase.Trim(),
    };
}
