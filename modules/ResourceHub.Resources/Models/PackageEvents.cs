using System.Security.Claims;
using ResourceHub.Core.Events;

namespace ResourceHub.Resources.Models;

/// <summary>
/// Something changed about a package that what is indexed or shown may depend on. Raised by the
/// aggregate's own methods (<see cref="ResourcePackage"/>), so no write site can forget one;
/// handlers (index task, history entry, media jobs) run inside the same SaveChanges.
/// </summary>
public abstract record PackageChanged(ResourcePackage Package) : IDomainEvent;

public sealed record PackageCreated(ResourcePackage Package, ClaimsPrincipal Actor) : PackageChanged(Package);

/// <summary>The metadata (title, description, course…) of the version being edited changed.</summary>
public sealed record PackageEdited(ResourcePackage Package, ClaimsPrincipal Actor) : PackageChanged(Package);

public sealed record PackageFileAdded(ResourcePackage Package, PackageFile File, ClaimsPrincipal Actor) : PackageChanged(Package);

/// <param name="Gone">No stored version holds the file any more: its row goes, and its bytes after the commit.</param>
public sealed record PackageFileRemoved(ResourcePackage Package, PackageFile File, bool Gone, ClaimsPrincipal Actor) : PackageChanged(Package);

/// <summary>The review gate moved the package (submitted, returned, published…).</summary>
public sealed record PackageStatusChanged(ResourcePackage Package) : PackageChanged(Package);
