using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Testing;

namespace ResourceHub.Review.Tests.Fixtures;

/// <summary>
/// THE one place tests add files to a package. The upload route (POST /api/v1/packages/{id}/files)
/// and its service are built on another branch, so for now <see cref="InsertAsync"/> writes a
/// PackageFile row through the site's DbContext with a fake blob name and the real SHA-256 of the
/// text, refusing (409) exactly when the route would: the package must be editable. At merge,
/// swap the bodies for the real upload (API) and the files service (property test).
/// </summary>
public static class PackageFiles
{
    /// <summary>As the uploader would through the API.</summary>
    public static async Task<string> AddAsync(SiteFixture site, ApiClient uploader, Guid packageId, string content)
    {
        _ = uploader; // the real upload is made by this user
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        return await InsertAsync(db, await db.Set<ResourcePackage>().FirstAsync(p => p.Id == packageId), content);
    }

    /// <summary>As the files service would for <paramref name="actor"/>: 404/403 unless they may edit the package.</summary>
    public static async Task<string> AddAsync(IServiceProvider services, ClaimsPrincipal actor, Guid packageId, string content)
    {
        var package = await services.GetRequiredService<PackageService>().GetEditableAsync(actor, packageId);
        return await InsertAsync(services.GetRequiredService<ResourceHubDbContext>(), package, content);
    }

    private static async Task<string> InsertAsync(ResourceHubDbContext db, ResourcePackage package, string content)
    {
        package.EnsureEditable();
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        db.Add(new PackageFile
        {
            PackageId = package.Id,
            Name = $"{sha[..8]}.txt",
            Size = bytes.Length,
            ContentType = "text/plain",
            Sha256 = sha,
            BlobName = "test-fake/" + Guid.NewGuid().ToString("N"),
            AddedInVersion = package.Version,
        });
        await db.SaveChangesAsync();
        return sha;
    }
}
