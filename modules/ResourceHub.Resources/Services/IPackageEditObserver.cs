using System.Security.Claims;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Told inside the unit of work (before SaveChanges) that a package was created or its metadata
/// edited, so that the review module records it in the append-only history with the change.
/// </summary>
public interface IPackageEditObserver
{
    void Created(ClaimsPrincipal actor, ResourcePackage package);

    void Edited(ClaimsPrincipal actor, ResourcePackage package);
}
