using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Media.Abstractions;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// What the server is doing with each file, in words its author reads while the upload page
/// waits: queued, extracting text, making a preview, ready, or failed and why.
/// </summary>
public sealed class FileProgressReader(ResourceHubDbContext db)
{
    public async Task<IReadOnlyList<FileProgress>> ForAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        // Polled every few seconds: the state columns only, never the extracted text.
        var processing = await db.Set<FileProcessing>().AsNoTracking().Where(p => ids.Contains(p.FileId))
            .Select(p => new { p.FileId, p.State, p.Error, p.PageCount }).ToDictionaryAsync(p => p.FileId, ct);
        var running = (await db.Set<MediaJob>().AsNoTracking().Where(j => ids.Contains(j.FileId) && j.State == MediaJobState.Running)
                .Select(j => new { j.FileId, j.Kind }).ToListAsync(ct))
            .ToLookup(j => j.FileId, j => j.Kind);
        return ids.Select(id =>
        {
            if (!processing.TryGetValue(id, out var p))
            {
                return new FileProgress(id, ProgressPhase.Done, "已上传");
            }
            return p.State switch
            {
                ProcessingState.Failed => new FileProgress(id, ProgressPhase.Failed, "处理失败：" + p.Error),
                ProcessingState.Done => new FileProgress(id, ProgressPhase.Done, p.PageCount is { } pages ? $"已就绪 · {pages} 页" : "已就绪"),
                _ => new FileProgress(id, ProgressPhase.Busy, running[id].Any() ? Doing(running[id].First()) : "排队等待处理…"),
            };
        }).ToList();
    }

    private static string Doing(MediaJobKind kind) => kind switch
    {
        MediaJobKind.ExtractText => "正在提取文字…",
        MediaJobKind.Thumbnail => "正在生成缩略图…",
        MediaJobKind.Preview => "正在生成页面预览…",
        _ => "正在处理…",
    };
}
