using Microsoft.AspNetCore.Http;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// Streams one PATCH body into staged blocks of the upload's blob: a block is staged (durable on
/// the shared store) and only then recorded as the upload's new offset, so HEAD on any node never
/// reports a byte that a killed node could still lose. A dropped connection stages what arrived.
/// </summary>
public sealed class UploadBlockWriter(IStagedBlobs staged, SiteMetrics metrics, TimeProvider clock)
{
    public sealed record Written(long Offset, string Blocks, bool Dropped);

    public static string BlobName(Guid uploadId) => $"u/{uploadId:N}";

    /// <summary>The committed blob of a resumable upload, consumed when it becomes a file.</summary>
    public static bool IsUploadBlob(string? name) => name?.StartsWith("u/", StringComparison.Ordinal) == true;

    public async Task<Written> WriteAsync(UploadSession session, UploadLease lease, FilesOptions options, Stream body, CancellationToken ct)
    {
        var offset = session.Offset;
        var blocks = session.Blocks;
        var buffer = new byte[Math.Max(1, Math.Min(options.UploadBlockBytes, session.Length - offset))];
        var filled = 0;
        var dropped = false;

        async Task StageAsync()
        {
            // The block's offset leads its id (one length for all); the random tail keeps a stalled writer's block apart.
            var id = $"{offset:D19}{Guid.NewGuid():N}"[..27];
            await staged.StageAsync(BlobName(session.Id), id, buffer.AsMemory(0, filled), CancellationToken.None);
            metrics.UploadBytes.Add(filled, new KeyValuePair<string, object?>("stage", "received"));
            offset += filled;
            blocks = blocks.Length == 0 ? id : $"{blocks},{id}";
            filled = 0;
            await lease.RecordAsync(offset, blocks, clock.GetUtcNow().AddHours(options.UploadExpiryHours));
        }

        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
            {
                if (offset + filled + read > session.Length)
                {
                    throw new FieldException("Upload-Offset", "数据超出了创建上传时声明的长度（Upload-Length）。");
                }
                filled += read;
                if (filled == buffer.Length)
                {
                    await StageAsync();
                }
                await lease.RenewIfDueAsync(ct);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
        {
            // The connection dropped: keep every byte that arrived; the client resumes from there.
            dropped = true;
        }
        if (filled > 0)
        {
            await StageAsync();
        }
        return new(offset, blocks, dropped);
    }
}
