using System.Security.Cryptography;
using ResourceHub.Media.Storage;
using Xunit;

namespace ResourceHub.Media.Tests.Storage;

/// <summary>How a new blob reaches the disk: direct I/O for aligned whole blocks, the page cache with early write-back for the rest; the bytes are the same either way.</summary>
public sealed class DiskWriteStreamTests : IDisposable
{
    private const int Block = LinuxFiles.DirectAlignment;
    private readonly string _folder = Directory.CreateTempSubdirectory("resourcehub-diskwrite-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copy_SeveralBuffersAndATail_AlignedBlocksGoDirect_FileByteExact()
    {
        var bytes = RandomNumberGenerator.GetBytes((3 << 20) + 12_345);
        var path = Path.Combine(_folder, "direct.bin");

        var written = await WriteAsync(path, writeBehindBytes: 16 << 20, tryDirect: true,
            stream => OverlappedCopy.CopyAsync(new MemoryStream(bytes), stream, 1 << 20, Ct));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Ct));
        // Every whole 4 KiB block went from the copy's aligned buffers straight to the disk, and only the tail took
        // the page cache; on a file system without direct writes (tmpfs before Linux 6.6, some overlays) all of it did.
        Assert.Equal(TakesDirectWrites(_folder) ? bytes.Length / Block * Block : 0, written.DirectBytes);
    }

    /// <summary>Asked of the file system itself, not of the stream under test: one aligned block written with O_DIRECT.</summary>
    private static bool TakesDirectWrites(string folder)
    {
        using var file = File.OpenHandle(Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.Write);
        if (!LinuxFiles.SetDirect(file, on: true))
        {
            return false;
        }
        var memory = GC.AllocateArray<byte>(2 * Block, pinned: true);
        var offset = (int)((Block - (System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(memory, 0) & (Block - 1))) & (Block - 1));
        try
        {
            RandomAccess.Write(file, memory.AsSpan(offset, Block), 0);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Write_UnalignedPieces_GoThroughThePageCacheWithWriteBackStartedOnTheWay_FileByteExact()
    {
        var source = RandomNumberGenerator.GetBytes((5 << 20) + 8);
        var path = Path.Combine(_folder, "buffered.bin");

        var written = await WriteAsync(path, writeBehindBytes: 1 << 20, tryDirect: true, async stream =>
        {
            // From offset 1 of the array: never on a 4 KiB boundary.
            for (var offset = 1; offset < source.Length; offset += 300_001)
            {
                await stream.WriteAsync(source.AsMemory(offset, Math.Min(300_001, source.Length - offset)), Ct);
            }
        });

        Assert.Equal(source[1..], await File.ReadAllBytesAsync(path, Ct));
        Assert.Equal(0, written.DirectBytes);
        if (OperatingSystem.IsLinux())
        {
            // The kernel took every request: write-back was started up to less than 1 MiB before the end.
            Assert.InRange(written.WriteBackThrough, source.Length - 1 - (1 << 20), source.Length - 1);
        }
    }

    [Fact]
    public async Task Write_DirectNotTried_AlignedBuffersStillByteExact()
    {
        var bytes = RandomNumberGenerator.GetBytes(2 << 20);
        var path = Path.Combine(_folder, "cached.bin");

        var written = await WriteAsync(path, writeBehindBytes: 16 << 20, tryDirect: false,
            stream => OverlappedCopy.CopyAsync(new MemoryStream(bytes), stream, 1 << 20, Ct));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Ct));
        Assert.Equal(0, written.DirectBytes);
    }

    /// <summary>As the store writes a blob: no FileStream buffer, then fsync.</summary>
    private static async Task<DiskWriteStream> WriteAsync(string path, long writeBehindBytes, bool tryDirect, Func<Stream, Task> write)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
        var stream = new DiskWriteStream(file, writeBehindBytes, tryDirect);
        await write(stream);
        file.Flush(flushToDisk: true);
        return stream;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
