using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Media.Services;

/// <summary>Processing state, thumbnails and previews for the package's file DTOs.</summary>
public sealed class FileDetailsSource(ResourceHubDbContext db) : IFileDetailsSource
{
    public async Task<IReadOnlyDictionary<Guid, FileDetails>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct)
    {
        if (fileIds.Count == 0)
        {
            return new Dictionary<Guid, FileDetails>();
        }
        var rows = await db.Set<FileProcessing>().AsNoTracking().Where(p => fileIds.Contains(p.FileId))
            .Select(p => new { p.FileId, p.State, p.Error, HasThumbnail = p.ThumbnailBlob != null, HasPreview = p.PreviewBlob != null, p.DurationSeconds, p.PageCount })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.FileId, r => new FileDetails(r.State.ToString(), r.Error, r.HasThumbnail, r.DurationSeconds, r.PageCount, r.HasPreview));
    }
}

/// <summary>The text extracted from the files asked for, by name.</summary>
public sealed class ExtractedTextSource(ResourceHubDbContext db) : IExtractedTextSource
{
    public async Task<IReadOnlyList<ExtractedText>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct)
    {
        if (fileIds.Count == 0)
        {
            return [];
        }
        var ids = fileIds.ToList();
        return await db.Set<FileProcessing>().AsNoTracking()
            .Where(p => ids.Contains(p.FileId) && p.Text != null)
            .OrderBy(p => p.FileName)
            .Select(p => new ExtractedText(p.FileId, p.FileName, p.Text!))
            .ToListAsync(ct);
    }
}
