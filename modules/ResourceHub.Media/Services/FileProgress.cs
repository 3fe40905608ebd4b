using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// What the server is doing with each file of a package's working version, in words its author
/// reads while the upload page waits: queued, extracting text, making a preview, ready, or failed and why.
/// </summary>
public sealed class FileProgress(ResourceHubDbContext db)
{
    public enum Phase { Busy, Done, Failed }

    public sealed record Row(PackageFile File, Phase Phase, string Text);

    public async Task<IReadOnlyList<Row>> ForAsync(ResourcePackage package, CancellationToken ct)
    {
        var files = package.CurrentFiles().ToList();
        var ids = files.Select(f => f.Id).ToList();
        // Polled every few seconds: the state columns only, never the extracted text.
        var processing = await db.Set<FileProcessing>().AsNoTracking().Where(p => ids.Contains(p.FileId))
            .Select(p => new { p.FileId, p.State, p.Error, p.PageCount }).ToDictionaryAsync(p => p.FileId, ct);
        var running = (await db.Set<MediaJob>().AsNoTracking().Where(j => ids.Contains(j.FileId) && j.State == MediaJobState.Running)
                .Select(j => new { j.FileId, j.Kind }).ToListAsync(ct))
            .ToLookup(j => j.FileId, j => j.Kind);
        return files.Select(f =>
        {
            if (!processing.TryGetValue(f.Id, out var p))
            {
                return new Row(f, Phase.Done, "已上传");
            }
            return p.State switch
            {
                ProcessingState.Failed => new Row(f, Phase.Failed, "处理失败：" + p.Error),
                ProcessingState.Done => new Row(f, Phase.Done, p.PageCount is { } pages ? $"已就绪 · {pages} 页" : "已就绪"),
                _ => new Row(f, Phase.Busy, running[f.Id].Any() ? Doing(running[f.Id].First()) : "排队等待处理…"),
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
