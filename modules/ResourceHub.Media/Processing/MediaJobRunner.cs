using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Runs one claimed job: copies the blob to a private work folder (tools want a seekable local
/// file), runs the work under the job's deadline, and records the outcome on the file's
/// processing row. A failure is written down for the file's owner, never thrown further.
/// </summary>
public sealed class MediaJobRunner(
    ResourceHubDbContext db, IBlobStore blobs, TextExtractor text, ThumbnailMaker thumbnails, OfficePreviewMaker previews,
    SitePaths paths, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaJobRunner> log)
{
    public async Task RunAsync(MediaJob job, CancellationToken ct)
    {
        var processing = await db.Set<FileProcessing>().FirstOrDefaultAsync(p => p.FileId == job.FileId, ct);
        if (processing is null)
        {
            // The file was deleted after the job was queued.
            db.Remove(job);
            await db.SaveChangesAsync(ct);
            return;
        }
        var timeout = TimeSpan.FromSeconds(options.Value.JobTimeoutSeconds);
        var work = Path.Combine(paths.Data("work"), job.Id.ToString("N"));
        Directory.CreateDirectory(work);
        var written = new List<string>();
        try
        {
            var type = FileTypes.ForName(processing.FileName) ?? throw new MediaProcessingException("未知的文件类型。");
            // Tools pick their reader by the extension (LibreOffice its import filter): the copy keeps the checked one.
            var local = Path.Combine(work, "source" + type.Extension);
            await CopyBlobAsync(processing.BlobName, local, ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            var input = new Work(processing, local, type.Family, work, timeout, deadline.Token, written);
            var note = await (job.Kind switch
            {
                MediaJobKind.ExtractText => ExtractTextAsync(input),
                MediaJobKind.Thumbnail => MakeThumbnailAsync(input),
                _ => MakePreviewAsync(input),
            }).WaitAsync(timeout, ct);
            Finish(job, processing, MediaJobState.Done, note);
            await SaveAsync(processing, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node claimed the job again meanwhile (this one's lease lapsed): its result counts, not this one.
            log.LogWarning("Media job {Job} was taken over by another worker; this worker's result is dropped", job.Id);
            foreach (var blob in written)
            {
                await blobs.DeleteAsync(blob, CancellationToken.None);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            foreach (var blob in written)
            {
                await blobs.DeleteAsync(blob, CancellationToken.None);
            }
            var (final, reason) = Judge(e, job);
            // The owner reads the reason and a reference; the operator finds the details (tool output, stack) in the log by it.
            var reference = job.Id.ToString("N")[^12..];
            reason = $"{reason}（参考编号 {reference}）";
            log.LogWarning(e, "Media job {Job} (reference {Reference}, {Kind}) for file {File} failed: {Reason}", job.Id, reference, job.Kind, job.FileId, reason);
            db.ChangeTracker.Clear();
            db.Attach(job);
            db.Attach(processing);
            Finish(job, processing, final ? MediaJobState.Failed : MediaJobState.Pending, reason);
            await SaveAsync(processing, CancellationToken.None);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A tool still holds a file; the next start clears the work folder.
            }
        }
    }

    /// <summary>One job's inputs; <see cref="Written"/> collects new blobs, deleted again if the job fails.</summary>
    private sealed record Work(FileProcessing Processing, string Local, FileFamily Family, string Folder, TimeSpan Timeout, CancellationToken Ct, List<string> Written);

    private async Task<string?> ExtractTextAsync(Work w)
    {
        // The parsers are synchronous; the deadline stops waiting, and the caps bound what a runaway parse can take.
        var result = await Task.Run(() => text.Extract(w.Local, w.Family, w.Ct), w.Ct);
        // Raises FileTextExtracted: the file's owner re-indexes, in the same save.
        w.Processing.TextExtracted(result.Text, result.PageCount);
        return null;
    }

    private async Task<string?> MakeThumbnailAsync(Work w)
    {
        var result = await thumbnails.MakeAsync(w.Local, w.Family, w.Processing.ContentType, w.Folder, w.Timeout, w.Ct);
        w.Processing.ThumbnailBlob = await PutAsync("t", new MemoryStream(result.Jpeg), w);
        w.Processing.DurationSeconds = result.DurationSeconds ?? w.Processing.DurationSeconds;
        return null;
    }

    /// <summary>Without LibreOffice the job is done all the same: the file keeps its text preview, and the note says why.</summary>
    private async Task<string?> MakePreviewAsync(Work w)
    {
        if (await previews.MakeAsync(w.Local, w.Folder, w.Timeout, w.Ct) is not { } result)
        {
            log.LogInformation("No LibreOffice on this server: file {File} keeps its text preview", w.Processing.FileId);
            return "服务器未安装 LibreOffice，未生成页面预览，显示提取的文字。";
        }
        await using (var pdf = File.OpenRead(result.PdfPath))
        {
            w.Processing.PreviewBlob = await PutAsync("p", pdf, w);
        }
        w.Processing.ThumbnailBlob = await PutAsync("t", new MemoryStream(result.Jpeg), w);
        // The text job counts pages of a PDF only; an Office file's pages are the printed preview's.
        w.Processing.PageCount ??= result.PageCount;
        return null;
    }

    private async Task<string> PutAsync(string prefix, Stream content, Work w)
    {
        var name = BlobNames.New(prefix);
        w.Written.Add(name);
        await blobs.PutAsync(name, content, w.Ct);
        return name;
    }

    private async Task CopyBlobAsync(string blobName, string path, CancellationToken ct)
    {
        await using var source = await blobs.OpenReadAsync(blobName, ct) ?? throw new MediaProcessingException("文件内容不存在。");
        await using var target = File.Create(path);
        await source.CopyToAsync(target, 1 << 16, ct);
    }

    /// <summary>A reason the owner can act on; only unexpected errors are retried, up to MaxAttempts.</summary>
    private (bool Final, string Reason) Judge(Exception e, MediaJob job) => e switch
    {
        MediaProcessingException m => (true, m.Message),
        TimeoutException or OperationCanceledException => (true, $"处理超时（{options.Value.JobTimeoutSeconds} 秒），已停止。"),
        OutOfMemoryException or InsufficientExecutionStackException => (true, "文件过于复杂，超出处理资源上限。"),
        _ => (job.Attempts >= options.Value.MaxAttempts, "处理时发生错误：" + e.GetType().Name),
    };

    private void Finish(MediaJob job, FileProcessing processing, MediaJobState state, string? error)
    {
        var now = clock.GetUtcNow();
        job.State = state;
        job.Error = error;
        job.LockedUntil = null;
        job.UpdatedAt = now;
        processing.UpdatedAt = now;
        if (state == MediaJobState.Failed)
        {
            processing.State = ProcessingState.Failed;
            processing.Error = error;
        }
    }

    /// <summary>
    /// Done once no job of the file is left to run (and none failed). Two jobs of one file can end
    /// at the same moment on two workers, each seeing the other still running; so the outcome and
    /// the check share a transaction that always writes the file's row (its UpdatedAt): that
    /// row's lock (SQLite: its one writer) puts the later job after the earlier one's commit, and
    /// the later one sees every other job done.
    /// </summary>
    private Task SaveAsync(FileProcessing processing, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        db.Entry(processing).Property(p => p.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
        if (processing.State != ProcessingState.Failed
            && !await db.Set<MediaJob>().AnyAsync(j => j.FileId == processing.FileId && j.State != MediaJobState.Done, ct))
        {
            processing.State = ProcessingState.Done;
            await db.SaveChangesAsync(ct);
        }
    }, ct);
}
