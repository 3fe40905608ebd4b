using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ResourceHub.Media.Storage;

/// <summary>
/// How a new blob's bytes reach the disk. Large aligned pieces go by direct I/O: from the caller's
/// buffer to the disk, with no copy into the page cache. A large upload then neither spends a core
/// copying into page cache (on a VM whose free memory the host has taken back, each new page also
/// costs a fault in the host) nor pushes the search index and the database out of the cache, and
/// the final fsync has only the file's metadata and the unaligned tail left to wait for.
/// Whatever cannot go direct (an unaligned buffer or length, a file system or OS without direct
/// I/O) goes through the page cache as before, where every <paramref name="writeBehindBytes"/> the
/// kernel is asked to start writing back what was written, so that the fsync waits only for the
/// last stretch. Durability is the caller's, unchanged: fsync, then rename.
/// </summary>
internal sealed class DiskWriteStream : Stream
{
    private const int Mask = LinuxFiles.DirectAlignment - 1;
    private readonly FileStream _file;
    private readonly SafeFileHandle _handle;
    private long _writeBehindBytes;
    private bool _direct;
    private long _written;

    public DiskWriteStream(FileStream file, long writeBehindBytes, bool tryDirect = true)
    {
        _file = file;
        _handle = file.SafeFileHandle;
        _writeBehindBytes = writeBehindBytes;
        _direct = tryDirect && LinuxFiles.SetDirect(_handle, on: true);
    }

    /// <summary>Bytes written by direct I/O (for tests: whether the fast path was taken).</summary>
    public long DirectBytes { get; private set; }

    /// <summary>How many bytes from the start the kernel has been asked to write back (for tests).</summary>
    public long WriteBackThrough { get; private set; }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_direct && buffer.Length >= LinuxFiles.DirectAlignment && MemoryMarshal.TryGetArray(buffer, out var segment))
        {
            // Pinned for the check and the write, so that the address checked is the address written from.
            var pin = GCHandle.Alloc(segment.Array, GCHandleType.Pinned);
            try
            {
                var aligned = ((pin.AddrOfPinnedObject() + segment.Offset) & Mask) == 0;
                var direct = aligned ? buffer.Length & ~Mask : 0;
                if (direct > 0 && await TryDirectAsync(buffer[..direct], cancellationToken))
                {
                    (_written, DirectBytes, WriteBackThrough) = (_written + direct, DirectBytes + direct, _written + direct);
                    buffer = buffer[direct..];
                }
            }
            finally
            {
                pin.Free();
            }
        }
        if (buffer.IsEmpty)
        {
            return;
        }
        // From here on through the page cache: offsets are no longer aligned, or the memory never was.
        StopDirect();
        await _file.WriteAsync(buffer, cancellationToken);
        Written(buffer.Length);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        StopDirect();
        _file.Write(buffer);
        Written(buffer.Length);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>
    /// A direct write, or false where the file system took the flag but refuses the write (some
    /// overlay and network file systems answer EINVAL): the file's position has not moved, so the
    /// same bytes then go through the page cache, and so does the rest of the file.
    /// </summary>
    private async ValueTask<bool> TryDirectAsync(ReadOnlyMemory<byte> aligned, CancellationToken cancellationToken)
    {
        var at = _file.Position;
        try
        {
            await _file.WriteAsync(aligned, cancellationToken);
            return true;
        }
        catch (IOException) when (_file.Position == at)
        {
            StopDirect();
            return false;
        }
    }

    private void StopDirect()
    {
        if (_direct)
        {
            _direct = false;
            LinuxFiles.SetDirect(_handle, on: false);
        }
    }

    /// <summary>After a write through the page cache: every so often, start the write-back of what is new.</summary>
    private void Written(int count)
    {
        _written += count;
        if (_written - WriteBackThrough < _writeBehindBytes)
        {
            return;
        }
        if (LinuxFiles.StartWriteBack(_handle, WriteBackThrough, _written - WriteBackThrough))
        {
            WriteBackThrough = _written;
        }
        else
        {
            // Refused once (not Linux, an odd file system): the final fsync does it all, as it did before.
            _writeBehindBytes = long.MaxValue;
        }
    }

    public override void Flush() => _file.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => _file.FlushAsync(cancellationToken);
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
