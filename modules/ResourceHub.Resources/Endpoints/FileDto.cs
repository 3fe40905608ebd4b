using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Endpoints;

/// <summary>
/// A package file as the API shows it: the contract's fields, its kind, and what background processing made of it
/// (previewUrl: a PDF of an Office file's pages, where the server could make one).
/// </summary>
public sealed record FileDto(
    Guid Id, string Name, long Size, string ContentType, string Sha256, ResourceType? Kind, DateTimeOffset CreatedAt,
    string DownloadUrl, ProcessingDto? Processing, string? ThumbnailUrl, string? PreviewUrl)
{
    public static FileDto From(PackageFileView f, FileDetails? details = null) => new(
        f.Id, f.Name, f.Size, f.ContentType, f.Sha256, f.Kind, f.CreatedAt, $"/api/v1/files/{f.Id}",
        details is null ? null : new ProcessingDto(details.State, details.Error, details.DurationSeconds, details.PageCount),
        details?.HasThumbnail == true ? $"/api/v1/files/{f.Id}/thumbnail" : null,
        details?.HasPreview == true ? $"/api/v1/files/{f.Id}/preview" : null);

    public static FileDto From(PackageFile f, FileDetails? details = null) =>
        From(new PackageFileView(f.Id, f.Name, f.Size, f.ContentType, f.Sha256, f.Kind, f.CreatedAt), details);
}

/// <summary>state: Pending, Done or Failed (error says why, in Chinese).</summary>
public sealed record ProcessingDto(string State, string? Error, double? DurationSeconds, int? PageCount);
