using ResourceHub.Standards;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// The expert pool (专家库): appointing and suspending experts. Only an Admin, or a RegionAdmin
/// for their own region, appoints; a SchoolAdmin never can, whatever roles they hand out.
/// </summary>
public sealed class ExpertPool(ResourceHubDbContext db, TimeProvider clock, ISpecialtyCatalog catalogue)
{
    public sealed record Appointment(Guid UserId, IReadOnlyList<string> SpecialtyCodes, string? Region, string Organisation, DateOnly AppointedFrom, DateOnly? AppointedTo);

    public sealed record ExpertView(Guid Id, Guid UserId, string UserName, string DisplayName, IReadOnlyList<string> SpecialtyCodes, string? Region,
        string Organisation, DateOnly AppointedFrom, DateOnly? AppointedTo, bool Active, DateTimeOffset? SuspendedAt, int OpenAssignments);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static bool MayManage(ClaimsPrincipal actor, string? region) =>
        actor.IsInRole(Roles.Admin) || (region is not null && actor.OverseesRegion(region));

    /// <summary>Who may open the pool at all: an Admin or a RegionAdmin.</summary>
    public static bool MayList(ClaimsPrincipal actor) => actor.IsInRole(Roles.Admin) || actor.IsInRole(Roles.RegionAdmin);

    public async Task<Expert> AppointAsync(ClaimsPrincipal actor, Appointment request, CancellationToken ct = default)
    {
        var region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim();
        if (!MayManage(actor, region))
        {
            throw new ForbiddenException(actor.IsInRole(Roles.RegionAdmin)
                ? "地区管理员只能为本地区聘任专家。"
                : "只有系统管理员或地区管理员可以聘任专家。");
        }
        if (region is not null && !Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称。");
        }
        var codes = request.SpecialtyCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (codes.Count == 0)
        {
            throw new FieldException("specialtyCodes", "请至少填写一个专业或专业大类代码。");
        }
        // A catalogue code (4 or 6 digits), a 专业大类 (2 digits), or any code the site's catalogue holds.
        var unknown = new List<string>();
        foreach (var code in codes.Where(c => c.Length is not (2 or 4 or 6) || !c.All(char.IsAsciiDigit)))
        {
            if (await catalogue.FindAsync(code, ct) is null)
            {
                unknown.Add(code);
            }
        }
        if (unknown.FirstOrDefault() is { } bad)
        {
            throw new FieldException("specialtyCodes", $"“{bad}”不是专业代码（4 位）或专业大类代码（2 位）。");
        }
        var organisation = request.Organisation.Trim();
        if (organisation.Length == 0)
        {
            throw new FieldException("organisation", "请填写专家的工作单位（学校、企业或研究机构）。");
        }
        if (request.AppointedTo is { } to && to < request.AppointedFrom)
        {
            throw new FieldException("appointedTo", "聘期结束日期不能早于开始日期。");
        }
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UserId, ct)
            ?? throw new FieldException("userId", "用户不存在。");
        var current = await db.Set<Expert>().Where(e => e.UserId == user.Id && e.SuspendedAt == null).ToListAsync(ct);
        if (current.Any(e => !ExpertReserve.IsReserve(e)))
        {
            throw new ConflictException($"“{user.DisplayName}”已在专家库中。");
        }
        // A reserve appointment (every specialty, no organisation) gives way to the real one.
        foreach (var reserve in current)
        {
            reserve.Suspend("已由正式聘任取代");
        }
        var expert = new Expert
        {
            UserId = user.Id,
            SpecialtyCodes = codes,
            Region = region,
            Organisation = organisation,
            AppointedFrom = request.AppointedFrom,
            AppointedTo = request.AppointedTo,
            AppointedById = actor.UserId() ?? Guid.Empty,
        };
        db.Add(expert);
        await db.SaveChangesAsync(ct);
        return expert;
    }

    /// <summary>The pool for an Admin (everyone) or a RegionAdmin (their region's and the national experts).</summary>
    public async Task<List<ExpertView>> ListAsync(ClaimsPrincipal actor, string? specialtyCode = null, string? region = null, CancellationToken ct = default)
    {
        if (!MayList(actor))
        {
            throw new ForbiddenException("只有系统管理员或地区管理员可以查看专家库。");
        }
        var query = db.Set<Expert>().AsNoTracking();
        if (!actor.IsInRole(Roles.Admin))
        {
            var own = actor.Region();
            query = query.Where(e => e.Region == own || e.Region == null);
        }
        if (!string.IsNullOrWhiteSpace(region))
        {
            query = query.Where(e => e.Region == region);
        }
        var experts = await query.OrderBy(e => e.AppointedAt).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(specialtyCode))
        {
            experts = experts.Where(e => e.Covers(specialtyCode.Trim())).ToList();
        }
        var ids = experts.Select(e => e.UserId).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.UserName, u.DisplayName), ct);
        var expertIds = experts.Select(e => e.Id).ToList();
        var open = await db.Set<ReviewAssignment>().AsNoTracking().Where(a => expertIds.Contains(a.ExpertId) && a.Status == AssignmentStatus.Active)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var today = Today;
        return experts.Select(e => new ExpertView(e.Id, e.UserId, users.GetValueOrDefault(e.UserId).UserName ?? "", users.GetValueOrDefault(e.UserId).DisplayName ?? "",
            e.SpecialtyCodes, e.Region, e.Organisation, e.AppointedFrom, e.AppointedTo, e.IsActiveOn(today), e.SuspendedAt, open.GetValueOrDefault(e.Id))).ToList();
    }

    /// <summary>Suspends an expert: no new assignments, no decisions; their open assignments go to others.</summary>
    public async Task<Expert> SuspendAsync(ClaimsPrincipal actor, Guid id, string? reason, CancellationToken ct = default)
    {
        var expert = await db.Set<Expert>().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("专家不存在。");
        if (!MayManage(actor, expert.Region))
        {
            throw new ForbiddenException("只有系统管理员或该地区的地区管理员可以暂停专家。");
        }
        if (expert.SuspendedAt is null)
        {
            expert.Suspend(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        }
        return expert;
    }

    /// <summary>The active pool entry of a user, if they are an appointed expert today.</summary>
    public async Task<Expert?> ActiveExpertAsync(Guid userId, CancellationToken ct = default)
    {
        var rows = await db.Set<Expert>().AsNoTracking().Where(e => e.UserId == userId && e.SuspendedAt == null).ToListAsync(ct);
        return rows.FirstOrDefault(e => e.IsActiveOn(Today));
    }
}
