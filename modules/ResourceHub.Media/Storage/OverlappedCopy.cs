using System.Buffers;
using System.Runtime.InteropServices;

namespace ResourceHub.Media.Storage;

/// <summary>
/// Copies with two large buffers in turn: while one is being written, the next is read (and, for an
/// upload, hashed on the way), so the network, the hash and the disk each keep a core busy instead
/// of waiting for one another. Each byte is copied once from the source into a buffer, and from it to
/// the file. The buffers start on a 4 KiB boundary, so that a disk file can take them by direct I/O
/// (<see cref="DiskWriteStream"/>).
/// </summary>
internal static class OverlappedCopy
{
    public static async Task CopyAsync(Stream source, Stream target, int bufferBytes, CancellationToken ct)
    {
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(bufferBytes), ArrayPool<byte>.Shared.Rent(bufferBytes)];
        Memory<byte>[] aligned = [Aligned(buffers[0], bufferBytes), Aligned(buffers[1], bufferBytes)];
        var writing = Task.CompletedTask;
        try
        {
            for (var turn = 0; ; turn ^= 1)
            {
                var filled = await FillAsync(source, aligned[turn], ct);
                await writing;
                if (filled == 0)
                {
                    break;
                }
                writing = target.WriteAsync(aligned[turn][..filled], ct).AsTask();
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

    /// <summary>
    /// The part of the buffer from its first 4 KiB boundary, in whole 4 KiB blocks. Pooled buffers of
    /// this size live in the large-object heap, which the GC does not move; should one move all the
    /// same, the disk file sees the misaligned address and writes through the page cache instead.
    /// </summary>
    private static Memory<byte> Aligned(byte[] buffer, int bytes)
    {
        const int mask = LinuxFiles.DirectAlignment - 1;
        var pin = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        var skip = (int)(-pin.AddrOfPinnedObject() & mask);
        pin.Free();
        return buffer.AsMemory(skip, (bytes - skip) & ~mask);
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
