using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>Places in a programme: a teacher enrols, or is enrolled by their school; full means the waiting list.</summary>
public sealed class EnrolmentService(ResourceHubDbContext db, ProgrammeService programmes, AccountService accounts)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToChinaTime().DateTime);

    /// <param name="userId">The teacher to enrol; null: the caller. Only the teacher's school administrator (or an admin) enrols someone else.</param>
    /// <param name="waitIfFull">Join the waiting list when every place is taken, instead of being refused.</param>
    public async Task<Enrolment> EnrolAsync(ClaimsPrincipal actor, Guid programmeId, Guid? userId, bool waitIfFull, CancellationToken ct = default)
    {
        var programme = await programmes.GetAsync(programmeId, ct);
        var teacher = await accounts.GetAsync(userId ?? actor.UserId() ?? throw new ForbiddenException(), ct);
        if (teacher.SchoolId is not { } school)
        {
            throw new ConflictException("只有学校的教师可以参加研修。");
        }
        if (teacher.Id != actor.UserId() && !(actor.IsInRole(Roles.Admin) || (actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == school)))
        {
            throw new ForbiddenException("只能为本校教师报名。");
        }
        if (Today > programme.End)
        {
            throw new ConflictException($"研修已于 {programme.End:yyyy-MM-dd} 结束，不能再报名。");
        }
        var enrolment = await db.Set<Enrolment>().FirstOrDefaultAsync(e => e.ProgrammeId == programmeId && e.UserId == teacher.Id, ct);
        if (enrolment is { Status: not EnrolmentStatus.Withdrawn })
        {
            throw new ConflictException($"该教师已在本项目中（{enrolment.Status.ToChinese()}）。");
        }
        var taken = await db.Set<Enrolment>().CountAsync(e => e.ProgrammeId == programmeId && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed), ct);
        var full = taken >= programme.Capacity;
        if (full && !waitIfFull)
        {
            throw new ConflictException($"名额已满（共 {programme.Capacity} 个），不能报名；可以加入候补名单，有人退出时按顺序递补。");
        }
        var status = full ? EnrolmentStatus.Waiting : EnrolmentStatus.Enrolled;
        if (enrolment is null)
        {
            enrolment = new Enrolment { ProgrammeId = programmeId, UserId = teacher.Id, TeacherName = teacher.DisplayName, SchoolId = school, Status = status };
            db.Add(enrolment);
        }
        else
        {
            enrolment.Status = status;
            enrolment.EnrolledAt = DateTimeOffset.UtcNow;
        }
        await db.SaveChangesAsync(ct);
        return enrolment;
    }

    /// <summary>Leaves a programme (or its waiting list); the first on the waiting list takes the place.</summary>
    public async Task<Enrolment> WithdrawAsync(ClaimsPrincipal actor, Guid enrolmentId, CancellationToken ct = default)
    {
        var enrolment = await GetVisibleAsync(actor, enrolmentId, ct);
        if (enrolment.Status is EnrolmentStatus.Completed or EnrolmentStatus.Withdrawn)
        {
            throw new ConflictException($"当前状态为“{enrolment.Status.ToChinese()}”，不能退出。");
        }
        var freed = enrolment.Status == EnrolmentStatus.Enrolled;
        enrolment.Status = EnrolmentStatus.Withdrawn;
        if (freed && await db.Set<Enrolment>().Where(e => e.ProgrammeId == enrolment.ProgrammeId && e.Status == EnrolmentStatus.Waiting)
                .OrderBy(e => e.EnrolledAt).FirstOrDefaultAsync(ct) is { } next)
        {
            next.Status = EnrolmentStatus.Enrolled;
        }
        await db.SaveChangesAsync(ct);
        return enrolment;
    }

    /// <summary>
    /// An enrolment with its progress, for the teacher, their school's administrator and the
    /// programme's organisers; 404 for everyone else (another school's teachers see nothing of it).
    /// </summary>
    public async Task<Enrolment> GetVisibleAsync(ClaimsPrincipal actor, Guid enrolmentId, CancellationToken ct = default)
    {
        var enrolment = await db.Set<Enrolment>().Include(e => e.Progress).FirstOrDefaultAsync(e => e.Id == enrolmentId, ct);
        if (enrolment is null || !await SeesAsync(actor, enrolment, ct))
        {
            throw new NotFoundException("研修报名不存在，或您无权查看。");
        }
        return enrolment;
    }

    public async Task<bool> SeesAsync(ClaimsPrincipal actor, Enrolment enrolment, CancellationToken ct = default) =>
        enrolment.UserId == actor.UserId()
        || (actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == enrolment.SchoolId)
        || actor.Manages(await programmes.GetAsync(enrolment.ProgrammeId, ct));

    /// <summary>The caller's own place in a programme, if any.</summary>
    public Task<Enrolment?> MineAsync(ClaimsPrincipal actor, Guid programmeId, CancellationToken ct = default) =>
        db.Set<Enrolment>().Include(e => e.Progress).FirstOrDefaultAsync(e => e.ProgrammeId == programmeId && e.UserId == actor.UserId(), ct);

    /// <summary>Every programme the caller is in, newest first.</summary>
    public Task<List<Enrolment>> AllMineAsync(ClaimsPrincipal actor, CancellationToken ct = default) =>
        db.Set<Enrolment>().AsNoTracking().Include(e => e.Progress).Where(e => e.UserId == actor.UserId())
            .OrderByDescending(e => e.EnrolledAt).ToListAsync(ct);

    /// <summary>
    /// The participants this user may see: all of them for the organisers, their own school's
    /// teachers for a school administrator; 403 for anyone else.
    /// </summary>
    public async Task<List<Enrolment>> ParticipantsAsync(ClaimsPrincipal actor, Guid programmeId, CancellationToken ct = default)
    {
        var programme = await programmes.GetAsync(programmeId, ct);
        Guid? onlySchool = actor.Manages(programme) ? null
            : actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() is { } own ? own
            : throw new ForbiddenException("只有研修项目的组织者（以及本校的学校管理员）可以查看参训教师的进度。");
        return await db.Set<Enrolment>().AsNoTracking().Include(e => e.Progress)
            .Where(e => e.ProgrammeId == programmeId && (onlySchool == null || e.SchoolId == onlySchool))
            .OrderBy(e => e.Status).ThenBy(e => e.EnrolledAt).ToListAsync(ct);
    }
}
