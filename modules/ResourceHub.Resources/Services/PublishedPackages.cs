using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

public static class PublishedPackages
{
    /// <summary>
    /// Packages everyone may see: those with an approved version. The review gate sets
    /// <see cref="ResourcePackage.PublishedVersion"/> whenever it publishes, and keeps it while a
    /// newer version is revised or reviewed, so this one test covers both.
    /// </summary>
    public static IQueryable<ResourcePackage> Published(this IQueryable<ResourcePackage> packages) =>
        packages.Where(p => p.PublishedVersion != null);
}
