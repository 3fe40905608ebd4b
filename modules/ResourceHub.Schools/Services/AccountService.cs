using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>Creating and listing accounts, with who may manage whom.</summary>
public sealed class AccountService(ResourceHubDbContext db, UserManager<ResourceHubUser> users, RegionScope regions, RoleCatalog roleCatalog)
{
    public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? Region = null);

    public sealed record UserView(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? SchoolName, bool LockedOut, string? Region = null);

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
        var region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim();
        await regions.EnsureMayGrantAsync(actor, request.SchoolId, roles, region, ct);
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
            foreach (var role in roles)
            {
                await roleCatalog.EnsureAsync(role);
            }
            Check(await users.AddToRolesAsync(user, roles));
            if (region is not null)
            {
                // A user claim: the sign-in cookie and the API token carry it from the next sign-in on.
                Check(await users.AddClaimAsync(user, new Claim(ResourceHubClaims.RegionType, region)));
            }
            return user;
        }, ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserView> GetAsync(Guid id, CancellationToken ct = default) =>
        (await QueryAsync(u => u.Id == id, ct)).SingleOrDefault() ?? throw new NotFoundException("用户不存在。");

    /// <summary>Admins see everyone; a RegionAdmin the people of the region's schools; a SchoolAdmin their own school's.</summary>
    public async Task<List<UserView>> ListAsync(ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var schools = await regions.SchoolsOfAsync(actor, ct);
        return schools is null ? await QueryAsync(_ => true, ct) : await QueryAsync(u => u.SchoolId != null && schools.Contains(u.SchoolId.Value), ct);
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
                Region = db.UserClaims.Where(c => c.UserId == u.Id && c.ClaimType == ResourceHubClaims.RegionType).Select(c => c.ClaimValue).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return rows.Select(r => new UserView(r.Id, r.UserName!, r.DisplayName, r.Roles, r.SchoolId, r.School, r.LockoutEnd > now, r.Region)).ToList();
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
