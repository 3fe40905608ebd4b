using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Media.Services;
using ResourceHub.Testing;

namespace ResourceHub.Review.Tests.Fixtures;

/// <summary>The one place review tests add files: through the upload route, or its service.</summary>
public static class PackageFiles
{
    /// <summary>Uploads a text file as <paramref name="uploader"/> would; returns its SHA-256.</summary>
    public static async Task<string> AddAsync(SiteFixture site, ApiClient uploader, Guid packageId, string content)
    {
        _ = site;
        var bytes = Encoding.UTF8.GetBytes(content);
        var file = await uploader.UploadAsync(packageId, $"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}.txt", bytes, "text/plain");
        return file["sha256"]!.GetValue<string>();
    }

    /// <summary>As the files service does for <paramref name="actor"/>: 404/403/409 unless they may edit the package.</summary>
    public static async Task<string> AddAsync(IServiceProvider services, ClaimsPrincipal actor, Guid packageId, string content)
    {
        var files = services.GetRequiredService<PackageFileService>();
        var package = await files.GetEditableAsync(actor, packageId, CancellationToken.None);
        await using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var file = await files.AddAsync(actor, package, new PackageFileService.NewFile("正文.txt", null, bytes, bytes.Length), CancellationToken.None);
        return file.Sha256;
    }

    /// <summary>Deletes one of the package's current files (picked by <paramref name="choice"/>) as <paramref name="actor"/>, with the same checks.</summary>
    public static async Task DeleteAnyAsync(IServiceProvider services, ClaimsPrincipal actor, Guid packageId, int choice)
    {
        var files = services.GetRequiredService<PackageFileService>();
        var package = await files.GetEditableAsync(actor, packageId, CancellationToken.None);
        var current = package.CurrentFiles().ToList();
        if (current.Count > 0)
        {
            await files.DeleteAsync(actor, packageId, current[choice % current.Count].Id, CancellationToken.None);
        }
    }
}
