using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>What the media module found out about a file (processing state, thumbnail, duration, a PDF preview of its pages).</summary>
public sealed record FileDetails(string State, string? Error, bool HasThumbnail, double? DurationSeconds, int? PageCount, bool HasPreview = false);

/// <summary>Implemented by the media module; absent, files show without processing details.</summary>
public interface IFileDetailsSource
{
    Task<IReadOnlyDictionary<Guid, FileDetails>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct);
}

/// <summary>Builds package DTOs with each shown file's processing details.</summary>
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
