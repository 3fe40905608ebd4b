using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>Creating and listing accounts, with who may manage whom.</summary>
public sealed class AccountService(ResourceHubDbContext db, UserManager<ResourceHubUser> users)
{
    public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId);

    public sealed record UserView(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? SchoolName, bool LockedOut);

    public async Task<UserView> CreateAsync(ClaimsPrincipal actor, NewUser request, CancellationToken ct = default)
    {
        var roles = request.Roles.Distinct().ToArray();
        var unknown = roles.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknown is not null)
        {
            throw new FieldException("roles", $"未知的角色“{unknown}”：可选 {string.Join("、", Roles.All)}。");
        }
        if (roles.Length == 0)
        {
            throw new FieldException("roles", "请至少选择一个角色。");
        }
        EnsureMayManage(actor, request.SchoolId, roles);
        if (request.SchoolId is { } schoolId && !await db.Set<School>().AnyAsync(s => s.Id == schoolId, ct))
        {
            throw new FieldException("schoolId", "学校不存在。");
        }
        if (request.SchoolId is null && roles.Any(r => r is Roles.SchoolAdmin or Roles.Teacher))
        {
            throw new FieldException("schoolId", "学校管理员和教师必须属于一所学校。");
        }
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
        if (roles.Contains(Roles.Admin))
        {
            throw new ForbiddenException("学校管理员不能创建系统管理员。");
        }
    }

    private async Task<List<UserView>> QueryAsync(System.Linq.Expressions.Expression<Func<ResourceHubUser, bool>> filter, CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking().Where(filter)
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.SchoolId, u.LockoutEnd,
                School = db.Set<School>().Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return rows.Select(r => new UserView(r.Id, r.UserName!, r.DisplayName, r.Roles, r.SchoolId, r.School, r.LockoutEnd > now)).ToList();
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }
        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new DomainException(400, "请求数据有误", string.Join(" ", result.Errors.Select(e => e.Description)), errors);
    }
}
