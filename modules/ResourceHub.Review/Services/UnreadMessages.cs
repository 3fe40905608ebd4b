using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>站内消息 not yet seen: counted for the header, marked read when the inbox page shows them.</summary>
public sealed class UnreadMessages(ResourceHubDbContext db, TimeProvider clock) : IUnreadMessages
{
    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.UserId();
        return id is null ? 0 : await db.Set<InboxMessage>().CountAsync(m => m.UserId == id && m.ReadAt == null, ct);
    }

    public async Task MarkReadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.UserId();
        var now = clock.GetUtcNow();
        await db.Set<InboxMessage>().Where(m => m.UserId == id && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
    }
}
