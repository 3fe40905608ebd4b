using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>
/// Who oversees which schools: the national Admin all of them, a RegionAdmin (人社厅) those of
/// their region, anyone else only their own school. Every region-scoped rule asks here, so a
/// RegionAdmin's reach is decided in one place.
/// </summary>
public sealed class RegionScope(ResourceHubDbContext db)
{
    /// <summary>The schools <paramref name="user"/> oversees; null means every school (Admin).</summary>
    public async Task<IReadOnlyList<Guid>?> SchoolsOfAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return null;
        }
        if (user.IsInRole(Roles.RegionAdmin) && user.Region() is { } region)
        {
            return await db.Set<School>().Where(s => s.Region == region).Select(s => s.Id).ToListAsync(ct);
        }
        return user.SchoolId() is { } own ? [own] : [];
    }

    /// <summary>True for the Admin, the RegionAdmin of the school's region, and the school's own people.</summary>
    public async Task<bool> OverseesSchoolAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        user.ActsFor(schoolId) || (user.IsInRole(Roles.RegionAdmin) && user.OverseesRegion(await RegionOfAsync(schoolId, ct)));

    public Task<string?> RegionOfAsync(Guid schoolId, CancellationToken ct = default) =>
        db.Set<School>().Where(s => s.Id == schoolId).Select(s => (string?)s.Region).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Who may create an account with these roles: the Admin anyone; a RegionAdmin people of their
    /// region's schools; a SchoolAdmin people of their school. Only the Admin grants Admin or RegionAdmin.
    /// </summary>
    public async Task EnsureMayGrantAsync(ClaimsPrincipal actor, Guid? schoolId, IReadOnlyCollection<string> roles, string? region, CancellationToken ct = default)
    {
        if (roles.Contains(Roles.RegionAdmin) != (region is not null))
        {
            throw new FieldException("region", roles.Contains(Roles.RegionAdmin)
                ? $"地区管理员须填写所管辖的省级行政区全称（例如“{Regions.InnerMongolia}”）。"
                : "只有地区管理员需要填写地区。");
        }
        if (region is not null && !Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称（例如“{Regions.InnerMongolia}”）。");
        }
        if (actor.IsInRole(Roles.Admin))
        {
            return;
        }
        if (roles.FirstOrDefault(Roles.GrantedByAdminOnly.Contains) is { } reserved)
        {
            throw new ForbiddenException($"只有系统管理员可以授予“{Roles.DisplayName(reserved)}”角色。");
        }
        var mayManage = schoolId is { } id && (actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == id
            || actor.IsInRole(Roles.RegionAdmin) && actor.OverseesRegion(await RegionOfAsync(id, ct)));
        if (!mayManage)
        {
            throw new ForbiddenException(actor.IsInRole(Roles.RegionAdmin) ? "地区管理员只能管理本地区学校的用户。" : "学校管理员只能管理本校的用户。");
        }
    }

    /// <summary>A RegionAdmin creates schools only in their own region; the Admin anywhere.</summary>
    public static void EnsureMayCreateSchool(ClaimsPrincipal actor, string region)
    {
        if (!actor.OverseesRegion(region))
        {
            throw new ForbiddenException("地区管理员只能在本地区新建学校。");
        }
    }
}
