using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Models;
using ResourceHub.Media.Processing;

namespace ResourceHub.Media.Services;

/// <summary>
/// Queues a new file's background work in the caller's unit of work (the rows commit with the
/// file's own row), and wakes this node's worker once committed.
/// </summary>
public sealed class MediaQueue(ResourceHubDbContext db, MediaSignal signal)
{
    private readonly Dictionary<Guid, FileProcessing> _added = [];

    public void FileAdded(Guid fileId, Guid ownerId, StoredFile file)
    {
        var type = FileSniffer.ClaimedType(file.Name);
        var jobs = JobsFor(type.Family).ToList();
        db.Add(_added[fileId] = new FileProcessing
        {
            FileId = fileId, OwnerId = ownerId, FileName = file.Name, BlobName = file.BlobName, ContentType = type.ContentType,
            State = jobs.Count == 0 ? ProcessingState.Done : ProcessingState.Pending,
        });
        foreach (var kind in jobs)
        {
            db.Add(new MediaJob { FileId = fileId, Kind = kind });
        }
    }

    /// <summary>
    /// Drops a deleted file's processing rows; returns its derived blobs (thumbnail, preview), for
    /// the caller to delete after commit. Its jobs go by one statement, at once and in the caller's
    /// transaction, whatever state they are in: a worker may claim one meanwhile (which changes its
    /// row), and that must not fail the delete; the worker's late result is then refused.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForgetAsync(Guid fileId, CancellationToken ct)
    {
        var processing = await db.Set<FileProcessing>().FirstOrDefaultAsync(p => p.FileId == fileId, ct);
        if (processing is not null)
        {
            db.Remove(processing);
        }
        await db.Set<MediaJob>().Where(j => j.FileId == fileId).ExecuteDeleteAsync(ct);
        return processing?.DerivedBlobs().ToList() ?? [];
    }

    public void Wake() => signal.Wake();

    /// <summary>The processing state of a file added in this unit of work, for the upload's answer.</summary>
    public FileDetails? DetailsOf(Guid fileId) =>
        _added.TryGetValue(fileId, out var p) ? new FileDetails(p.State.ToString(), p.Error, false, null, null) : null;

    private static IEnumerable<MediaJobKind> JobsFor(FileFamily family)
    {
        if (family is FileFamily.Pdf or FileFamily.Word or FileFamily.Slides or FileFamily.Sheet or FileFamily.Text)
        {
            yield return MediaJobKind.ExtractText;
        }
        if (family is FileFamily.Pdf or FileFamily.Image or FileFamily.Video)
        {
            yield return MediaJobKind.Thumbnail;
        }
        if (OfficePreviewMaker.Supports(family))
        {
            // Also makes the thumbnail, from the preview's first page.
            yield return MediaJobKind.Preview;
        }
    }
}

/// <summary>Lets an upload on this node start its worker at once instead of at the next poll.</summary>
public sealed class MediaSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _signal.WaitAsync(timeout, ct);
}
