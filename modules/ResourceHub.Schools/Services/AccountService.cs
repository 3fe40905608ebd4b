using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>Creating and listing accounts, with who may manage whom.</summary>
public sealed partial class AccountService(ResourceHubDbContext db, UserManager<ResourceHubUser> users, AccountStates states)
{
    public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId);

    public sealed record UserView(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? SchoolName, bool LockedOut, bool Disabled);

    public async Task<UserView> CreateAsync(ClaimsPrincipal actor, NewUser request, CancellationToken ct = default)
    {
        var roles = await CheckRolesAsync(actor, request.Roles, request.SchoolId, ct);
        if (await users.FindByNameAsync(request.UserName) is not null)
        {
            throw new ConflictException($"用户名“{request.UserName}”已被使用。");
        }

        var user = new ResourceHubUser { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(), SchoolId = request.SchoolId };
        await db.InTransactionAsync(async () =>
        {
            Check(await users.CreateAsync(user, request.Password));
            Check(await users.AddToRolesAsync(user, roles));
            return user;
        }, ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserView> GetAsync(Guid id, CancellationToken ct = default) =>
        (await QueryAsync(u => u.Id == id, ct)).SingleOrDefault() ?? throw new NotFoundException("用户不存在。");

    /// <summary>Admins see everyone; a SchoolAdmin sees their own school's people.</summary>
    public Task<List<UserView>> ListAsync(ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var school = actor.SchoolId();
        return actor.IsInRole(Roles.Admin) ? QueryAsync(_ => true, ct) : QueryAsync(u => u.SchoolId == school, ct);
    }

    private static void EnsureMayManage(ClaimsPrincipal actor, Guid? schoolId, IReadOnlyCollection<string> roles)
    {
        if (actor.IsInRole(Roles.Admin))
        {
            return;
        }
        if (!actor.IsInRole(Roles.SchoolAdmin) || actor.SchoolId() is not { } own || schoolId != own)
        {
            throw new ForbiddenException("学校管理员只能管理本校的用户。");
        }
        if (roles.Contains(Roles.Admin) || roles.Contains(Roles.RegionAdmin))
        {
            throw new ForbiddenException("学校管理员不能授予系统管理员或地区管理员角色。");
        }
    }

    private async Task<List<UserView>> QueryAsync(System.Linq.Expressions.Expression<Func<ResourceHubUser, bool>> filter, CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking().Where(filter)
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.SchoolId, u.LockoutEnd, u.DisabledAt,
                School = db.Set<School>().Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return rows.Select(r => new UserView(r.Id, r.UserName!, r.DisplayName, r.Roles, r.SchoolId, r.School, r.LockoutEnd > now, r.DisabledAt != null)).ToList();
    }

    /// <param name="passwordField">the request field a password error belongs to.</param>
    private static void Check(IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded)
        {
            return;
        }
        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new DomainException(400, "请求数据有误", string.Join(" ", result.Errors.Select(e => e.Description)), errors);
    }
}
