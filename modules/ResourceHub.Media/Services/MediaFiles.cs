using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// The Media contract for other modules: everything by file id, so that the owner of the files
/// (Resources, through its published and working views) decides which ids a reader may ask for.
/// </summary>
public sealed class MediaFiles(ResourceHubDbContext db, MediaQueue queue, FileProgressReader progress, IBlobStore blobs) : IMediaFiles
{
    public void QueueProcessing(Guid fileId, Guid ownerId, StoredFile file) => queue.FileAdded(fileId, ownerId, file);

    public void Wake() => queue.Wake();

    public FileDetails? QueuedDetails(Guid fileId) => queue.DetailsOf(fileId);

    public Task<IReadOnlyList<string>> ForgetAsync(Guid fileId, CancellationToken ct) => queue.ForgetAsync(fileId, ct);

    public Task<IReadOnlyList<FileProgress>> ProgressAsync(IReadOnlyList<Guid> fileIds, CancellationToken ct) => progress.ForAsync(fileIds, ct);

    /// <summary>Processing state, thumbnails and previews for the owner's file DTOs.</summary>
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

    public async Task<DerivedFile?> OpenDerivedAsync(Guid fileId, DerivedKind kind, CancellationToken ct)
    {
        var rows = db.Set<FileProcessing>().Where(p => p.FileId == fileId);
        var blob = kind == DerivedKind.Thumbnail
            ? await rows.Select(p => p.ThumbnailBlob).FirstOrDefaultAsync(ct)
            : await rows.Select(p => p.PreviewBlob).FirstOrDefaultAsync(ct);
        var stream = blob is null ? null : await blobs.OpenReadAsync(blob, ct);
        return stream is null ? null : new DerivedFile(blob!, stream);
    }
}

/// <summary>The text extracted from files, by id (the caller picks the ids of the view it may show).</summary>
public sealed class ExtractedTextSource(ResourceHubDbContext db) : IExtractedTextSource
{
    public async Task<IReadOnlyList<ExtractedText>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct)
    {
        if (fileIds.Count == 0)
        {
            return [];
        }
        return await db.Set<FileProcessing>().AsNoTracking()
            .Where(p => p.Text != null && fileIds.Contains(p.FileId))
            .OrderBy(p => p.FileName)
            .Select(p => new ExtractedText(p.FileId, p.FileName, p.Text!))
            .ToListAsync(ct);
    }
}
