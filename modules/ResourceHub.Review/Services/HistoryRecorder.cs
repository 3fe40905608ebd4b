using System.Security.Claims;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Adds history rows to the caller's unit of work, so they commit with the change they describe.
/// Also hears package creation and edits from the Resources module (<see cref="IPackageEditObserver"/>).
/// </summary>
public sealed class HistoryRecorder(ResourceHubDbContext db) : IPackageEditObserver
{
    public void Record(ClaimsPrincipal actor, Guid packageId, string action, PackageStatus? from, PackageStatus? to,
        int version, string? comment = null, Guid? selectionId = null) =>
        db.Add(new HistoryEntry
        {
            PackageId = packageId,
            SelectionId = selectionId,
            ActorId = actor.UserId(),
            Actor = actor.DisplayName() ?? "系统",
            Action = action,
            FromStatus = from,
            ToStatus = to,
            Version = version,
            Comment = comment,
        });

    public void Created(ClaimsPrincipal actor, ResourcePackage package) =>
        Record(actor, package.Id, HistoryActions.Created, null, package.Status, package.Version);

    public void Edited(ClaimsPrincipal actor, ResourcePackage package, string? what = null) =>
        Record(actor, package.Id, HistoryActions.Edited, package.Status, package.Status, package.Version, what);
}
