using System.Security.Claims;

namespace ResourceHub.Resources.Services;

/// <summary><see cref="IPackageAuthoring"/> over the services the package's own routes use.</summary>
public sealed class PackageAuthoring(PackageService packages, PackageFileService files) : IPackageAuthoring
{
    public async Task<PackageView> CreateAsync(ClaimsPrincipal author, PackageInput input, CancellationToken ct = default) =>
        PackageViews.Working(await packages.CreateAsync(author, input, ct));

    public async Task<PackageFileView> AddFileAsync(ClaimsPrincipal author, Guid packageId, string fileName, Stream content, CancellationToken ct = default)
    {
        var package = await files.GetEditableAsync(author, packageId, ct);
        var file = await files.AddAsync(author, package, new PackageFileService.NewFile(fileName, null, content, content.CanSeek ? content.Length : null), ct);
        return new PackageFileView(file.Id, file.Name, file.Size, file.ContentType, file.Sha256, file.Kind, file.CreatedAt);
    }
}
