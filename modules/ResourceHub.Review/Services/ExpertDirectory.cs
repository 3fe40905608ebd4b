using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>The pool's contract for other modules (see <see cref="IExpertDirectory"/>).</summary>
public sealed class ExpertDirectory(ResourceHubDbContext db, ExpertReserve reserve, TimeProvider clock) : IExpertDirectory
{
    public async Task<IReadOnlySet<Guid>> ActiveExpertsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.Set<Expert>().AsNoTracking().Where(e => userIds.Contains(e.UserId) && e.SuspendedAt == null).ToListAsync(ct);
        var active = rows.Where(e => e.IsActiveOn(today)).Select(e => e.UserId).ToHashSet();
        var rest = userIds.Where(id => !active.Contains(id)).ToHashSet();
        if (rest.Count > 0 && (await reserve.AppointAsync(ct: ct, only: rest)) is { Count: > 0 } appointed)
        {
            await db.SaveChangesAsync(ct);
            active.UnionWith(appointed.Select(e => e.UserId));
        }
        return active;
    }
}
