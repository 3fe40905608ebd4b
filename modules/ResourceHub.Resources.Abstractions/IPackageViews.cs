using System.Security.Claims;

namespace ResourceHub.Resources;

/// <summary>
/// The one way into a package for every reader (API, pages, browsing, search indexing, file
/// serving, history, selections, the home page): 凡编必审 holds because nothing else reads packages.
/// </summary>
public interface IPackageViews
{
    /// <summary>The last approved version and exactly its files; null when none was approved (or no such package).</summary>
    Task<PackageView?> PublishedAsync(Guid packageId, CancellationToken ct = default);

    /// <summary>The published views of many packages at once (search indexing); those without one are left out.</summary>
    Task<IReadOnlyList<PackageView>> PublishedAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct = default);

    /// <summary>
    /// The version being edited or reviewed, whoever asks: for callers that decide sight themselves
    /// (the review gate, the index's school-only document). Null when there is no such package.
    /// </summary>
    Task<IReadOnlyList<PackageView>> WorkingAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct = default);

    /// <summary>
    /// A submitted version as its reviewers saw it: the frozen metadata and exactly that version's
    /// files, whoever asks (callers check sight first). Null when that version was never submitted.
    /// </summary>
    Task<PackageView?> SubmittedAsync(Guid packageId, int version, CancellationToken ct = default);

    /// <summary>Published packages by their published titles, of a type and a specialty where given (for pickers: a textbook selection, a 研修 unit).</summary>
    Task<IReadOnlyList<PackageTitle>> PublishedTitlesAsync(ResourceType? type = null, string? specialtyCode = null, CancellationToken ct = default);

    /// <summary>What this user may see: the working view for its school, admins and deciders, else the published view, else null.</summary>
    Task<PackageView?> ForAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct = default);

    /// <summary>Ids of every package (for a full rebuild of an index), in batches.</summary>
    IAsyncEnumerable<Guid[]> AllIdsAsync(int batchSize, CancellationToken ct = default);
}

public sealed record PackageTitle(Guid Id, string Title, ResourceType ResourceType);

/// <summary>A file of a view with what processing made of it, for other modules' pages that show or play it.</summary>
public sealed record PackageFileDetail(Guid Id, string Name, string ContentType, string DownloadUrl, string? PreviewUrl, int? PageCount, double? DurationSeconds);

/// <summary>The files of a view with their processing details (page count, duration, a PDF preview of an Office file).</summary>
public interface IPackageFileDetails
{
    Task<IReadOnlyList<PackageFileDetail>> OfAsync(PackageView view, CancellationToken ct = default);
}

/// <summary>Lets another module (review) open a package's working version to a user who is not of its school.</summary>
public interface IPackageSightGrant
{
    /// <param name="workingVersion">The version being edited or reviewed now: sight of an earlier one's review gives none of this.</param>
    Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid packageId, int workingVersion, CancellationToken ct);
}
