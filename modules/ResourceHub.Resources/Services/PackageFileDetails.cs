namespace ResourceHub.Resources.Services;

/// <summary><see cref="IPackageFileDetails"/> from the same details the package API shows.</summary>
public sealed class PackageFileDetails(FileDetailsReader details) : IPackageFileDetails
{
    public async Task<IReadOnlyList<PackageFileDetail>> OfAsync(PackageView view, CancellationToken ct = default) =>
        (await details.ToDtoAsync(view, ct)).Files
            .Select(f => new PackageFileDetail(f.Id, f.Name, f.ContentType, f.DownloadUrl, f.PreviewUrl, f.Processing?.PageCount, f.Processing?.DurationSeconds))
            .ToList();
}
