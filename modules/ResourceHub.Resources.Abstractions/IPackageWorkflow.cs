using System.Security.Claims;

namespace ResourceHub.Resources;

/// <summary>
/// A package's status moves, with the rules of each (what may be submitted, what an approval
/// publishes). Only the review module's gate calls it — the architecture test holds every other
/// module to that — so review is the one way to change a status. Each call changes the caller's
/// unit of work; the gate saves it together with its reviews and history.
/// </summary>
public interface IPackageWorkflow
{
    /// <summary>
    /// Draft or Returned → InReview for its own school: 404 unseen, 403 not its school, 409 not
    /// editable or without files. Freezes the version's metadata and file hashes.
    /// </summary>
    Task<PackageMove> SubmitAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default);

    /// <summary>Published → Draft of the next version, for its own school; the published version stays public.</summary>
    Task<PackageMove> ReviseAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default);

    /// <summary>The version under review as the gate decides it (null: no such package).</summary>
    Task<PackageView?> UnderReviewAsync(Guid packageId, CancellationToken ct = default);

    /// <summary>
    /// An InReview package's outcome: Returned (then edited as the next version), Rejected, or
    /// Published (this version becomes the one everyone sees). Any other move is refused.
    /// </summary>
    Task<PackageMove> DecideAsync(Guid packageId, PackageStatus outcome, CancellationToken ct = default);
}

/// <summary>A status move: where the package came from, and its working view after it.</summary>
public sealed record PackageMove(PackageStatus From, int FromVersion, PackageView Package);

/// <summary>
/// The review gate as the package's own routes call it (POST /packages/{id}/submit and /revise):
/// implemented by the review module, so that the package's routes live with the package.
/// </summary>
public interface IPackageSubmission
{
    /// <param name="changeNote">修改说明: what the author changed since the version was returned (shown to its reviewers).</param>
    Task<PackageView> SubmitAsync(ClaimsPrincipal actor, Guid packageId, string? changeNote = null, CancellationToken ct = default);

    Task<PackageView> ReviseAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default);
}
