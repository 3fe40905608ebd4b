using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>Who runs what: region administrators their region's programmes and bases, school administrators their school's.</summary>
public static class Organisers
{
    /// <summary>Admins, the region's administrators, and the administrators of the organising (or hosting) school.</summary>
    public static bool Manages(this ClaimsPrincipal user, TrainingProgramme programme) =>
        user.OverseesRegion(programme.Region)
        || (user.IsInRole(Roles.SchoolAdmin) && programme.ManagingSchoolId is { } school && user.SchoolId() == school);

    public static bool MaintainsBases(this ClaimsPrincipal user, string? region) => user.OverseesRegion(region);

    /// <summary>May build programmes at all (for the menu): admins, region and school administrators.</summary>
    public static bool MayOrganise(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.RegionAdmin) || user.IsInRole(Roles.SchoolAdmin);
}
