using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;
using ResourceHub.Testing;

namespace ResourceHub.Review.Tests.Fixtures;

/// <summary>
/// THE one place tests add files to a package. The upload route (POST /api/v1/packages/{id}/files)
/// is built on another branch, so for now this inserts a PackageFile row through the site's
/// DbContext with a fake blob name and the real SHA-256 of the text, refusing (409) exactly when
/// the route would: the package must be editable. At merge, swap the body for the real upload.
/// </summary>
public static class PackageFiles
{
    public static async Task<string> AddAsync(SiteFixture site, ApiClient uploader, Guid packageId, string content)
    {
        _ = uploader; // the real upload is made by this user
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var package = await db.Set<ResourcePackage>().FirstAsync(p => p.Id == packageId);
        package.EnsureEditable();
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        db.Add(new PackageFile
        {
            PackageId = packageId,
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
