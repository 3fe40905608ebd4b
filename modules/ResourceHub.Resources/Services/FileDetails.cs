using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Builds package DTOs with each shown file's processing details (Media's <see cref="IFileDetailsSource"/>; absent, files show without them).</summary>
public sealed class FileDetailsReader(IEnumerable<IFileDetailsSource> sources)
{
    public async Task<PackageEndpoints.PackageDto> ToDtoAsync(PackageView view, CancellationToken ct = default)
    {
        var ids = view.Files.Select(f => f.Id).ToList();
        var details = new Dictionary<Guid, FileDetails>();
        foreach (var source in sources)
        {
            foreach (var (id, detail) in await source.ForFilesAsync(ids, ct))
            {
                details[id] = detail;
            }
        }
        return PackageEndpoints.PackageDto.From(view, details);
    }
}
