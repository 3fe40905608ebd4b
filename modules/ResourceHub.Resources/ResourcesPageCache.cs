using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Caching;
using ResourceHub.Core.Events;

namespace ResourceHub.Resources;

/// <summary>
/// Browsing and package pages from the output cache, and what evicts them (decision 0010): a move
/// through the review gate (published, withdrawn, a revision approved) evicts every page that lists
/// or counts published packages and the package's own page; new text of one of its files, its page.
/// Downloads and views evict nothing: their counts may lag by the cache's lifetime.
/// </summary>
public static class ResourcesPageCache
{
    public const string Browse = "Resources.Browse";
    public const string BrowseSpecialty = "Resources.BrowseSpecialty";
    public const string Package = "Resources.Package";

    public static string PackageTag(Guid id) => $"package:{id}";

    public static void AddResourcesPageCache(this IServiceCollection services)
    {
        services.AddCachedPage(Browse, new([PageTags.Packages, PageTags.Catalogue]));
        services.AddCachedPage(BrowseSpecialty, new([PageTags.Packages, PageTags.Catalogue], QueryKeys: ["type", "course", "level", "sort", "pageNumber"]));
        services.AddCachedPage(Package, new([PageTags.Catalogue], RequestTags: OwnTag));
        services.AddScoped<IDomainEventHandler<PackageStatusChanged>, EvictPackagePages>();
        services.AddScoped<IDomainEventHandler<FileTextExtracted>, EvictPackagePages>();
    }

    private static IEnumerable<string> OwnTag(HttpContext context) =>
        Guid.TryParse(context.GetRouteValue("id")?.ToString(), out var id) ? [PackageTag(id)] : [];

    private sealed class EvictPackagePages(PageEvictions evictions) : IDomainEventHandler<PackageStatusChanged>, IDomainEventHandler<FileTextExtracted>
    {
        public Task HandleAsync(PackageStatusChanged domainEvent, CancellationToken ct)
        {
            evictions.AfterCommit(PageTags.Packages, PackageTag(domainEvent.PackageId));
            return Task.CompletedTask;
        }

        /// <summary>Package files are stored with their package as owner.</summary>
        public Task HandleAsync(FileTextExtracted domainEvent, CancellationToken ct)
        {
            evictions.AfterCommit(PackageTag(domainEvent.OwnerId));
            return Task.CompletedTask;
        }
    }
}
