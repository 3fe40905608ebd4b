using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>
/// Changing accounts: name, roles and school; disabling and enabling; passwords. Every change
/// that takes rights away takes effect on the next request (<see cref="AccountGuard"/>): this
/// node forgets what it cached at once, the others within <see cref="AccountStates.Lifetime"/>.
/// </summary>
public sealed partial class AccountService
{
    public sealed record UserChange(string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId);

    public async Task<UserView> UpdateAsync(ClaimsPrincipal actor, Guid id, UserChange change, CancellationToken ct = default)
    {
        var user = await ManagedAsync(actor, id, ct);
        // A region administrator keeps the region they were given; only the roles and school change here.
        var region = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == ResourceHubClaims.RegionType)?.Value;
        var roles = await CheckRolesAsync(actor, change.Roles, change.SchoolId, change.Roles.Contains(Roles.RegionAdmin) ? region : null, ct);
        var name = change.DisplayName.Trim();
        if (name.Length == 0)
        {
            throw new FieldException("displayName", "请填写姓名。");
        }
        var current = await users.GetRolesAsync(user);
        await db.InTransactionAsync(async () =>
        {
            user.DisplayName = name;
            user.SchoolId = change.SchoolId;
            Check(await users.UpdateAsync(user));
            Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
            foreach (var role in roles.Except(current))
            {
                await roleCatalog.EnsureAsync(role);
            }
            Check(await users.AddToRolesAsync(user, roles.Except(current)));
            return user;
        }, ct);
        states.Forget(user.Id);
        return await GetAsync(user.Id, ct);
    }

    /// <summary>Disables the account: no sign-in, and its tokens and cookies are refused from the next request.</summary>
    public async Task DisableAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var user = await ManagedAsync(actor, id, ct);
        if (user.Id == actor.UserId())
        {
            throw new ConflictException("不能停用自己的账户。");
        }
        user.DisabledAt ??= DateTimeOffset.UtcNow;
        Check(await users.UpdateAsync(user));
        // A new stamp too: enabling the account later does not bring its old tokens back.
        Check(await users.UpdateSecurityStampAsync(user));
        states.Forget(user.Id);
    }

    public async Task EnableAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var user = await ManagedAsync(actor, id, ct);
        user.DisabledAt = null;
        Check(await users.UpdateAsync(user));
        states.Forget(user.Id);
    }

    /// <summary>The signed-in user changes their own password; every older token and cookie of theirs stops working.</summary>
    public async Task ChangePasswordAsync(ClaimsPrincipal actor, string currentPassword, string newPassword, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(actor.UserId()?.ToString() ?? "") ?? throw new ForbiddenException();
        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            throw new FieldException("currentPassword", "当前密码不正确。");
        }
        Check(await users.ChangePasswordAsync(user, currentPassword, newPassword), "newPassword");
        states.Forget(user.Id);
    }

    /// <summary>An administrator (or the user's school admin) sets a new password; the user's tokens and cookies stop working.</summary>
    public async Task ResetPasswordAsync(ClaimsPrincipal actor, Guid id, string newPassword, CancellationToken ct = default)
    {
        var user = await ManagedAsync(actor, id, ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword), "newPassword");
        states.Forget(user.Id);
    }

    /// <summary>
    /// The account, if the actor may manage it: Admins anyone; a RegionAdmin the people of the
    /// region's schools, a SchoolAdmin their own school's, neither any administrator.
    /// </summary>
    private async Task<ResourceHubUser> ManagedAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("用户不存在。");
        if (!actor.IsInRole(Roles.Admin))
        {
            var own = user.SchoolId is { } school && (actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == school
                || actor.IsInRole(Roles.RegionAdmin) && await regions.OverseesSchoolAsync(actor, school, ct));
            if (!own)
            {
                // Someone else's user is as good as absent to a school admin.
                throw new NotFoundException("用户不存在。");
            }
            if (await users.IsInRoleAsync(user, Roles.Admin) || await users.IsInRoleAsync(user, Roles.RegionAdmin))
            {
                throw new ForbiddenException("只有系统管理员可以管理系统管理员和地区管理员。");
            }
        }
        return user;
    }

    private async Task<string[]> CheckRolesAsync(ClaimsPrincipal actor, IReadOnlyList<string> requested, Guid? schoolId, string? region, CancellationToken ct)
    {
        var roles = requested.Distinct().ToArray();
        var unknown = roles.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknown is not null)
        {
            throw new FieldException("roles", $"未知的角色“{unknown}”：可选 {string.Join("、", Roles.All)}。");
        }
        if (roles.Length == 0)
        {
            throw new FieldException("roles", "请至少选择一个角色。");
        }
        await regions.EnsureMayGrantAsync(actor, schoolId, roles, region, ct);
        if (schoolId is { } school && !await db.Set<School>().AnyAsync(s => s.Id == school, ct))
        {
            throw new FieldException("schoolId", "学校不存在。");
        }
        if (schoolId is null && roles.Any(r => r is Roles.SchoolAdmin or Roles.Teacher))
        {
            throw new FieldException("schoolId", "学校管理员和教师必须属于一所学校。");
        }
        return roles;
    }
}
