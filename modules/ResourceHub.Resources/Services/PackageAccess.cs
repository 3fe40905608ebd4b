using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Who may see and who may edit a package. Everyone sees what is published; a school's
/// members see their school's work; admins see all. Reviewers of other schools are given
/// sight of what is in their queue by the review module (through <see cref="IPackageSightGrant"/>).
/// </summary>
public sealed class PackageAccess(IEnumerable<IPackageSightGrant> grants)
{
    /// <summary>
    /// Sees the package at all: its working version (<see cref="SeesWorkingVersionAsync"/>), or
    /// its published version, which stays public while a newer version is revised or reviewed.
    /// </summary>
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, ResourcePackage package, CancellationToken ct = default) =>
        package.PublishedVersion is not null || await SeesWorkingVersionAsync(user, package, ct);

    /// <summary>A file is seen by those who see the working version, or by anyone if it is part of the published version.</summary>
    public async Task<bool> CanSeeFileAsync(ClaimsPrincipal user, ResourcePackage package, PackageFile file, CancellationToken ct = default) =>
        (package.PublishedVersion is { } published && file.IsIn(published)) || await SeesWorkingVersionAsync(user, package, ct);

    /// <summary>Sees the version being edited or reviewed: its school, admins, and those review grants sight to.</summary>
    public async Task<bool> SeesWorkingVersionAsync(ClaimsPrincipal user, ResourcePackage package, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin) || IsOwnSchool(user, package))
        {
            return true;
        }
        foreach (var grant in grants)
        {
            if (await grant.CanSeeAsync(user, package.Id, package.Version, ct))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsOwnSchool(ClaimsPrincipal user, ResourcePackage package) =>
        user.SchoolId() is { } school && school == package.SchoolId;

    /// <summary>Teachers and school admins of the owning school edit its packages.</summary>
    public static bool CanEdit(ClaimsPrincipal user, ResourcePackage package) => CanEdit(user, package.SchoolId);

    public static bool CanEdit(ClaimsPrincipal user, Guid schoolId) =>
        user.SchoolId() == schoolId && user.HasPermission(ResourcePermissions.EditPackages);
}
