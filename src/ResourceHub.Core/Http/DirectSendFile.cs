using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ResourceHub.Core.Http;

/// <summary>
/// The response's send-file path made short. Kestrel has no sendfile(2): its
/// <see cref="IHttpResponseBodyFeature.SendFileAsync"/> copies the file through a 64 KiB stream
/// buffer into the connection's 4 KiB pipe blocks. This reads the file straight into large buffers
/// of the response pipe (one copy fewer in user space, a few hundred system calls per GiB instead of
/// tens of thousands); headers, Range and ETag stay with whoever calls SendFileAsync
/// (<c>Results.File</c> with a physical path), everything else with the server's own feature.
/// </summary>
public sealed class DirectSendFile(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Puts this in front of the request's body feature (once).</summary>
    public static void Use(HttpContext context)
    {
        if (context.Features.Get<IHttpResponseBodyFeature>() is { } current and not DirectSendFile)
        {
            context.Features.Set<IHttpResponseBodyFeature>(new DirectSendFile(current));
        }
    }

    public Stream Stream => inner.Stream;

    public PipeWriter Writer => inner.Writer;

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        var remaining = count ?? RandomAccess.GetLength(file) - offset;
        await inner.StartAsync(cancellationToken);
        var writer = inner.Writer;
        while (remaining > 0)
        {
            var buffer = writer.GetMemory((int)Math.Min(remaining, ChunkBytes));
            var read = await RandomAccess.ReadAsync(file, buffer[..(int)Math.Min(buffer.Length, remaining)], offset, cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"{path} ended {remaining} bytes early");
            }
            writer.Advance(read);
            (offset, remaining) = (offset + read, remaining - read);
            var flushed = await writer.FlushAsync(cancellationToken);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }
}
