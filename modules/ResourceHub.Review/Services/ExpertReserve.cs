using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// The pool's reserve: a <c>Reviewer</c> account without a school is one only an Admin or a region
/// administrator can create (a school admin's accounts always belong to their school), so it is an
/// outside expert they vouched for. When the appointed experts cannot fill a stage, such accounts
/// not yet in the pool are appointed for every specialty on the spot; an Admin can later narrow the
/// appointment (<see cref="ExpertPool.AppointAsync"/> replaces a reserve row) or suspend it.
/// </summary>
public sealed class ExpertReserve(ResourceHubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Appoints (adds to the caller's unit of work) every reserve account not in <paramref name="skip"/>,
    /// or only those in <paramref name="only"/>.
    /// </summary>
    public async Task<List<Expert>> AppointAsync(IReadOnlySet<Guid>? skip = null, CancellationToken ct = default, IReadOnlySet<Guid>? only = null)
    {
        var reviewerRole = db.Roles.Where(r => r.Name == Roles.Reviewer).Select(r => r.Id);
        var inPool = db.Set<Expert>().Select(e => e.UserId);
        var ids = await db.UserRoles.Where(ur => reviewerRole.Contains(ur.RoleId)).Select(ur => ur.UserId)
            .Where(id => db.Users.Any(u => u.Id == id && u.SchoolId == null && u.DisabledAt == null) && !inPool.Contains(id))
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var appointed = ids.Where(id => skip?.Contains(id) != true && only?.Contains(id) != false).Select(id => new Expert
        {
            UserId = id,
            SpecialtyCodes = [Expert.EverySpecialty],
            Organisation = Organisation,
            AppointedFrom = today,
            AppointedById = Guid.Empty,
        }).ToList();
        db.AddRange(appointed);
        return appointed;
    }

    /// <summary>Shown in the pool list for a reserve appointment until an Admin records the real one.</summary>
    public const string Organisation = "无学校审核员（自动列入专家库，待登记工作单位）";

    public static bool IsReserve(Expert expert) => expert.AppointedById == Guid.Empty && expert.SpecialtyCodes.SequenceEqual([Expert.EverySpecialty]);
}
