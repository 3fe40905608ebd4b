using System.Buffers;

namespace ResourceHub.Media.Storage;

/// <summary>
/// Copies with two large buffers in turn: while one is being written, the next is read (and, for an
/// upload, hashed on the way), so the network, the hash and the disk each keep a core busy instead
/// of waiting for one another. Each byte is copied once from the source into a buffer, and from it to the file.
/// </summary>
internal static class OverlappedCopy
{
    public static async Task CopyAsync(Stream source, Stream target, int bufferBytes, CancellationToken ct)
    {
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(bufferBytes), ArrayPool<byte>.Shared.Rent(bufferBytes)];
        var writing = Task.CompletedTask;
        try
        {
            for (var turn = 0; ; turn ^= 1)
            {
                var filled = await FillAsync(source, buffers[turn].AsMemory(0, bufferBytes), ct);
                await writing;
                if (filled == 0)
                {
                    break;
                }
                writing = target.WriteAsync(buffers[turn].AsMemory(0, filled), ct).AsTask();
            }
        }
        finally
        {
            // A write may still use a buffer when the read failed: the buffers go back only once it is over.
            await writing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }
    }

    /// <summary>Reads until the buffer is full or the source ends (network reads come in pieces).</summary>
    private static async Task<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken ct)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await source.ReadAsync(buffer[filled..], ct)) > 0)
        {
            filled += read;
        }
        return filled;
    }
}
