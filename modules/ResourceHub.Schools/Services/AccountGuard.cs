using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;

namespace ResourceHub.Schools.Services;

/// <summary>
/// What the guard knows of each account, per node, for a couple of seconds: its security stamp,
/// whether it is disabled, its roles and school. The node that changes an account forgets the
/// entry at once; every other node sees the change when its entry expires.
/// </summary>
public sealed class AccountStates(TimeProvider clock)
{
    /// <summary>Well under the 5 s within which every node must refuse a revoked token.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    internal sealed record State(string? Stamp, bool Disabled, string Roles, Guid? SchoolId, string DisplayName, DateTimeOffset ReadAt)
    {
        public ClaimsPrincipal? Fresh { get; set; }
    }

    private readonly ConcurrentDictionary<Guid, State> _states = new();

    internal State? Find(Guid userId) =>
        _states.TryGetValue(userId, out var s) && clock.GetUtcNow() - s.ReadAt < Lifetime ? s : null;

    internal void Keep(Guid userId, State state) => _states[userId] = state;

    /// <summary>Called by whatever changed the account on this node: its next request is checked against the database.</summary>
    public void Forget(Guid userId) => _states.TryRemove(userId, out _);

    internal DateTimeOffset Now => clock.GetUtcNow();
}

/// <summary>
/// Checks every signed-in request (cookie or bearer token) against the account as it is now.
/// A deleted or disabled account, or a token or cookie older than the last password change, is
/// refused while authenticating (<see cref="IsRevokedAsync"/>, from the cookie's and the bearer
/// token's events: 401 for the API, the sign-in page for pages); a changed role or school
/// replaces the principal with the current one (403 where a removed role was needed).
/// </summary>
public sealed class AccountGuard(
    ResourceHubDbContext db,
    AccountStates states,
    IUserClaimsPrincipalFactory<ResourceHubUser> principals,
    UserManager<ResourceHubUser> users,
    IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    /// <summary>True when this principal's account is gone or disabled, or its stamp is no longer the account's.</summary>
    public async Task<bool> IsRevokedAsync(ClaimsPrincipal? principal)
    {
        if (principal?.UserId() is not { } id || principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }
        var state = states.Find(id) ?? await ReadAsync(id);
        return state is null || state.Disabled || state.Stamp != stamp;
    }

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Recipe and test principals carry no stamp and come from no request of a user.
        if (principal.Identity?.IsAuthenticated != true || principal.UserId() is not { } id
            || principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) is null)
        {
            return principal;
        }
        var state = states.Find(id) ?? await ReadAsync(id);
        if (state is null)
        {
            return principal;
        }
        var roles = string.Join(',', principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        if (roles == state.Roles && principal.SchoolId() == state.SchoolId)
        {
            return principal;
        }
        if (state.Fresh is null && await users.FindByIdAsync(id.ToString()) is { } user)
        {
            state.Fresh = await principals.CreateAsync(user);
        }
        return state.Fresh ?? principal;
    }

    private async Task<AccountStates.State?> ReadAsync(Guid id)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DisabledAt, u.SchoolId, u.DisplayName }).FirstOrDefaultAsync();
        if (row is null)
        {
            return null;
        }
        var roles = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        var state = new AccountStates.State(row.SecurityStamp, row.DisabledAt is not null, string.Join(',', roles.Order(StringComparer.Ordinal)),
            row.SchoolId, row.DisplayName, states.Now);
        states.Keep(id, state);
        return state;
    }
}
