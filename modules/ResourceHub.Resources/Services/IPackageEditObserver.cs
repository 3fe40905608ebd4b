using System.Security.Claims;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Told inside the unit of work (before SaveChanges) that a package was created or edited (its
/// metadata, or its files: the file routes call it too), so that the review module records it in
/// the append-only history, committed with the change itself.
/// </summary>
public interface IPackageEditObserver
{
    void Created(ClaimsPrincipal actor, ResourcePackage package);

    /// <param name="what">What changed, for the history (e.g. "上传文件 教材.pdf"); null: the metadata.</param>
    void Edited(ClaimsPrincipal actor, ResourcePackage package, string? what = null);
}
