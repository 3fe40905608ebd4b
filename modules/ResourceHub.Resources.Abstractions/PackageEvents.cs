using System.Security.Claims;
using ResourceHub.Core.Events;

namespace ResourceHub.Resources;

/// <summary>
/// Something changed about a package that what is indexed or shown may depend on. Raised by the
/// aggregate's own methods, so no write site can forget one; handlers in any module (index task,
/// history entry, media jobs) run inside the same SaveChanges. Ids and values only: other modules
/// never see the aggregate itself.
/// </summary>
public abstract record PackageChanged(Guid PackageId, PackageStatus Status, int Version) : IDomainEvent;

public sealed record PackageCreated(Guid PackageId, PackageStatus Status, int Version, ClaimsPrincipal Actor) : PackageChanged(PackageId, Status, Version);

/// <summary>The metadata (title, description, course…) of the version being edited changed.</summary>
public sealed record PackageEdited(Guid PackageId, PackageStatus Status, int Version, ClaimsPrincipal Actor) : PackageChanged(PackageId, Status, Version);

public sealed record PackageFileAdded(Guid PackageId, PackageStatus Status, int Version, PackageFileStored File, ClaimsPrincipal Actor)
    : PackageChanged(PackageId, Status, Version);

/// <param name="Gone">No stored version holds the file any more: its row goes, and its bytes after the commit.</param>
public sealed record PackageFileRemoved(Guid PackageId, PackageStatus Status, int Version, PackageFileStored File, bool Gone, ClaimsPrincipal Actor)
    : PackageChanged(PackageId, Status, Version);

/// <summary>The review gate moved the package (submitted, returned, published…).</summary>
public sealed record PackageStatusChanged(Guid PackageId, PackageStatus Status, int Version) : PackageChanged(PackageId, Status, Version);

/// <summary>A package file as its events carry it: where its bytes are and what they are.</summary>
public sealed record PackageFileStored(Guid Id, string Name, string BlobName, long Size, string ContentType, string Sha256);
