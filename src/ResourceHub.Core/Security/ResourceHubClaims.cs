using System.Security.Claims;

namespace ResourceHub.Core.Security;

/// <summary>Claim types this site adds to a signed-in user, and helpers to read them.</summary>
public static class ResourceHubClaims
{
    public const string PermissionType = "permission";
    public const string SchoolIdType = "school_id";
    public const string DisplayNameType = "display_name";
    /// <summary>The province-level region (full Chinese name) a RegionAdmin oversees.</summary>
    public const string RegionType = "region";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? SchoolId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SchoolIdType), out var id) ? id : null;

    public static string? Region(this ClaimsPrincipal user) => user.FindFirstValue(RegionType);

    /// <summary>An admin oversees every region; a region administrator only their own.</summary>
    public static bool OverseesRegion(this ClaimsPrincipal user, string? region) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.RegionAdmin) && region is not null && user.Region() == region);

    public static string? DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameType) ?? user.Identity?.Name;

    /// <summary>An admin acts for any school; anyone else only for their own.</summary>
    public static bool ActsFor(this ClaimsPrincipal user, Guid schoolId) =>
        user.IsInRole(Roles.Admin) || user.SchoolId() == schoolId;

    /// <summary>Admins hold every permission; others hold what their roles were granted.</summary>
    public static bool HasPermission(this ClaimsPrincipal user, Permission permission) =>
        user.IsInRole(Roles.Admin) || user.HasClaim(PermissionType, permission.Name);
}
