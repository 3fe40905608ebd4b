using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>Creating and listing accounts, with who may manage whom.</summary>
public sealed partial class AccountService(
    ResourceHubDbContext db, UserManager<ResourceHubUser> users, RegionScope regions, RoleCatalog roleCatalog, AccountStates states)
{
    public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? Region = null);

    public sealed record UserView(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId, string? SchoolName, bool LockedOut, bool Disabled, string? Region = null);

    public async Task<UserView> CreateAsync(ClaimsPrincipal actor, NewUser request, CancellationToken ct = default)
    {
        var region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim();
        var roles = await CheckRolesAsync(actor, request.Roles, request.SchoolId, region, ct);
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
                u.Id, u.UserName, u.DisplayName, u.SchoolId, u.LockoutEnd, u.DisabledAt,
                School = db.Set<School>().Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Region = db.UserClaims.Where(c => c.UserId == u.Id && c.ClaimType == ResourceHubClaims.RegionType).Select(c => c.ClaimValue).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return rows.Select(r => new UserView(r.Id, r.UserName!, r.DisplayName, r.Roles, r.SchoolId, r.School, r.LockoutEnd > now, r.DisabledAt != null, r.Region)).ToList();
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
