using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Events;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Adds history rows to the caller's unit of work, so they commit with the change they describe.
/// Also hears the package's own events (created, edited, a file added or removed), raised by the
/// Resources aggregate and dispatched in the same save.
/// </summary>
public sealed class HistoryRecorder(ResourceHubDbContext db)
    : IDomainEventHandler<PackageCreated>, IDomainEventHandler<PackageEdited>, IDomainEventHandler<PackageFileAdded>, IDomainEventHandler<PackageFileRemoved>
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

    private static readonly string[] Authorship = [HistoryActions.Created, HistoryActions.Edited, HistoryActions.Submitted, HistoryActions.Revised];

    /// <summary>Everyone who created, edited, revised or submitted the given version (null: any version) of a package.</summary>
    public async Task<List<Guid>> EditorsAsync(Guid packageId, int? version, CancellationToken ct)
    {
        var rows = db.Set<HistoryEntry>().AsNoTracking()
            .Where(h => h.PackageId == packageId && h.ActorId != null && Authorship.Contains(h.Action) && (version == null || h.Version == version));
        var ids = await rows.Select(h => h.ActorId!.Value).Distinct().ToListAsync(ct);
        // Rows of this unit of work not saved yet (an edit in the same request) count too.
        ids.AddRange(db.ChangeTracker.Entries<HistoryEntry>().Select(e => e.Entity)
            .Where(h => h.PackageId == packageId && h.ActorId != null && Authorship.Contains(h.Action) && (version == null || h.Version == version))
            .Select(h => h.ActorId!.Value));
        return ids.Distinct().ToList();
    }

    public Task HandleAsync(PackageCreated e, CancellationToken ct) =>
        Done(() => Record(e.Actor, e.PackageId, HistoryActions.Created, null, e.Status, e.Version));

    public Task HandleAsync(PackageEdited e, CancellationToken ct) => Done(() => Edited(e.Actor, e));

    public Task HandleAsync(PackageFileAdded e, CancellationToken ct) => Done(() => Edited(e.Actor, e, $"上传文件 {e.File.Name}"));

    public Task HandleAsync(PackageFileRemoved e, CancellationToken ct) => Done(() => Edited(e.Actor, e, $"删除文件 {e.File.Name}"));

    private void Edited(ClaimsPrincipal actor, PackageChanged e, string? what = null) =>
        Record(actor, e.PackageId, HistoryActions.Edited, e.Status, e.Status, e.Version, what);

    private static Task Done(Action record)
    {
        record();
        return Task.CompletedTask;
    }
}
