using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Builds package DTOs with each shown file's processing details (Media's <see cref="IFileDetailsSource"/>; absent, files show without them).</summary>
public sealed class FileDetailsReader(IEnumerable<IFileDetailsSource> sources)
{
    /// <param name="snapshot">The published version an outsider sees, or null for the working version.</param>
    public async Task<PackageEndpoints.PackageDto> ToDtoAsync(ResourcePackage package, PackageVersion? snapshot = null, CancellationToken ct = default)
    {
        var ids = package.FilesOf(snapshot?.Version ?? package.Version).Select(f => f.Id).ToList();
        var details = new Dictionary<Guid, FileDetails>();
        foreach (var source in sources)
        {
            foreach (var (id, detail) in await source.ForFilesAsync(ids, ct))
            {
                details[id] = detail;
            }
        }
        return snapshot is null ? PackageEndpoints.PackageDto.From(package, details) : PackageEndpoints.PackageDto.From(package, snapshot, details);
    }
}
