using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>
/// Progress that means something: a page the in-page viewer showed, seconds the player itself
/// played, an assignment the organiser marked. Each step that finishes a unit checks completion.
/// </summary>
public sealed class LearningService(ResourceHubDbContext db, ProgrammeService programmes, UnitService units, EnrolmentService enrolments, CompletionService completion)
{
    /// <summary>The share of a video that counts as watched.</summary>
    public const double WatchedShare = 0.9;

    /// <summary>Faster than this the player cannot have played it (2× is the player's top speed people use).</summary>
    private const double MaxSpeed = 2.0;

    public sealed record Report(Guid FileId, int? Page, int? PageCount, double? WatchedSeconds, double? Duration);

    /// <summary>Records what the viewer or the player reported for one file of a package unit.</summary>
    public async Task<UnitProgress> ReportAsync(ClaimsPrincipal actor, Guid unitId, Report report, CancellationToken ct = default)
    {
        var (programme, unit, enrolment) = await ActiveAsync(actor, unitId, ct);
        var file = (await units.ViewAsync(programme, ct)).Single(v => v.Unit.Id == unit.Id).Files.FirstOrDefault(f => f.Id == report.FileId)
            ?? throw new FieldException("fileId", "该文件不在本单元中。");
        var row = Row(enrolment, unit.Id, file.Id);
        if (file.Mode == UnitService.FileMode.Read)
        {
            var pages = file.PageCount ?? report.PageCount ?? throw new FieldException("pageCount", "请报告文档的总页数。");
            if (report.Page is not { } page || page < 1 || page > pages)
            {
                throw new FieldException("page", $"页码须在 1 到 {pages} 之间。");
            }
            row.PageCount = pages;
            row.PagesRead = Math.Max(row.PagesRead, page);
            Finish(row, row.PagesRead >= pages);
        }
        else
        {
            var duration = file.Duration ?? report.Duration ?? throw new FieldException("duration", "请报告视频时长。");
            if (report.WatchedSeconds is not { } watched || watched < 0 || duration <= 0)
            {
                throw new FieldException("watchedSeconds", "观看时长有误。");
            }
            var possible = (DateTimeOffset.UtcNow - row.StartedAt).TotalSeconds * MaxSpeed + 2;
            row.Duration = duration;
            row.SecondsWatched = Math.Max(row.SecondsWatched, Math.Min(Math.Min(watched, duration), possible));
            Finish(row, row.SecondsWatched >= WatchedShare * duration);
        }
        await completion.CheckAsync(programme, enrolment, ct);
        return row;
    }

    /// <summary>Links the teacher's assignment package (a draft of their school, made through Resources) to the unit.</summary>
    public async Task<UnitProgress> AttachAssignmentAsync(ClaimsPrincipal actor, Guid unitId, Guid packageId, CancellationToken ct = default)
    {
        var (_, unit, enrolment) = await ActiveAsync(actor, unitId, ct, UnitKind.Assignment);
        var row = Row(enrolment, unit.Id, null);
        row.AssignmentPackageId = packageId;
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Hands the assignment in for marking; it needs its package and at least one file in it.</summary>
    public async Task<UnitProgress> SubmitAsync(ClaimsPrincipal actor, Guid unitId, int files, CancellationToken ct = default)
    {
        var (_, unit, enrolment) = await ActiveAsync(actor, unitId, ct, UnitKind.Assignment);
        var row = Row(enrolment, unit.Id, null);
        if (row.AssignmentPackageId is null || files == 0)
        {
            throw new ConflictException("请先创建作业资源包并上传文件，再提交。");
        }
        if (row.State is UnitState.Submitted or UnitState.Done)
        {
            throw new ConflictException($"作业{row.State.ToChinese()}。");
        }
        row.State = UnitState.Submitted;
        row.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The organiser marks a submitted assignment (pass, or return with a comment) or a session's attendance.</summary>
    public async Task<UnitProgress> MarkAsync(ClaimsPrincipal actor, Guid enrolmentId, Guid unitId, bool passed, string? comment, CancellationToken ct = default)
    {
        var enrolment = await enrolments.GetVisibleAsync(actor, enrolmentId, ct);
        var programme = await programmes.GetManagedAsync(actor, enrolment.ProgrammeId, ct);
        var unit = programme.Units.FirstOrDefault(u => u.Id == unitId && u.Kind != UnitKind.Package)
            ?? throw new NotFoundException("单元不存在，或不需要评阅。");
        var row = Row(enrolment, unit.Id, null);
        if (unit.Kind == UnitKind.Assignment && row.State != UnitState.Submitted)
        {
            throw new ConflictException("这份作业尚未提交，或已经评阅。");
        }
        if (!passed && string.IsNullOrWhiteSpace(comment))
        {
            throw new FieldException("comment", "退回修改时请写明意见。");
        }
        row.Comment = comment?.Trim();
        Finish(row, passed);
        if (!passed)
        {
            row.State = UnitState.Returned;
        }
        await completion.CheckAsync(programme, enrolment, ct);
        return row;
    }

    private async Task<(TrainingProgramme, ProgrammeUnit, Enrolment)> ActiveAsync(ClaimsPrincipal actor, Guid unitId, CancellationToken ct, UnitKind? kind = null)
    {
        var programmeId = await db.Set<ProgrammeUnit>().Where(u => u.Id == unitId).Select(u => (Guid?)u.ProgrammeId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("研修单元不存在。");
        var programme = await programmes.GetAsync(programmeId, ct);
        var unit = programme.Units.Single(u => u.Id == unitId);
        if (kind is not null && unit.Kind != kind)
        {
            throw new ConflictException("该单元不是作业。");
        }
        var enrolment = await enrolments.MineAsync(actor, programmeId, ct);
        if (enrolment is not { Status: EnrolmentStatus.Enrolled or EnrolmentStatus.Completed })
        {
            throw new ForbiddenException("请先报名参加本研修项目（候补名单上的教师递补后才能学习）。");
        }
        if (EnrolmentService.Today < programme.Start)
        {
            throw new ConflictException($"研修将于 {programme.Start:yyyy-MM-dd} 开始。");
        }
        return (programme, unit, enrolment);
    }

    private UnitProgress Row(Enrolment enrolment, Guid unitId, Guid? fileId)
    {
        var row = enrolment.Progress.FirstOrDefault(p => p.UnitId == unitId && p.FileId == fileId);
        if (row is null)
        {
            row = new UnitProgress { EnrolmentId = enrolment.Id, UnitId = unitId, FileId = fileId };
            enrolment.Progress.Add(row);
            db.Add(row);
        }
        return row;
    }

    private static void Finish(UnitProgress row, bool done)
    {
        row.UpdatedAt = DateTimeOffset.UtcNow;
        if (done)
        {
            row.State = UnitState.Done;
        }
    }
}
