using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ResourceHub.Media.Services;

/// <summary>
/// Reads through another stream while hashing (SHA-256), counting, keeping the first bytes for
/// type checks, and refusing to go past a size limit, so that an upload is checked on the way to
/// the blob store without ever being held in memory. With <paramref name="hashBeside"/>, what the
/// caller reads into one buffer is hashed in one go on another core while it fills its next buffer
/// (the hash costs as much as reading the request): pieces read one after another into the same
/// buffer wait unhashed until a read goes elsewhere, so a 1 MiB buffer filled by a hundred socket
/// reads is one hand-over instead of a hundred. The caller's buffer is only read by the hash, a read
/// into memory the pending hash covers waits for it, and the end of the stream hashes what is left.
/// </summary>
/// <param name="hashBeside">Only for callers that leave what they read untouched until they read into another buffer (and never hand a buffer on between reads): the disk store's copy.</param>
internal sealed class HashingReadStream(Stream inner, long maxBytes, bool hashBeside = false) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _header = new byte[FileSniffer.HeaderBytes];
    private int _headerLength;

    public long BytesRead { get; private set; }

    public ReadOnlyMemory<byte> Header => _header.AsMemory(0, _headerLength);

    private Task _hashing = Task.CompletedTask;

    // What was read, one piece after another, into one buffer and is not hashed yet.
    private ArraySegment<byte> _pending;

    public string Sha256Hex()
    {
        HashPendingNow();
        return Convert.ToHexStringLower(_hash.GetCurrentHash());
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!hashBeside || !MemoryMarshal.TryGetArray<byte>(buffer, out var target))
        {
            HashPendingNow();
            var count = await inner.ReadAsync(buffer, cancellationToken);
            Count(buffer.Span[..count]);
            _hash.AppendData(buffer.Span[..count]);
            return count;
        }
        var follows = target.Array == _pending.Array && target.Offset == _pending.Offset + _pending.Count;
        if (!follows)
        {
            // The caller moved on to another buffer (or back to the start of this one): hash what it filled.
            await _hashing;
            if (_pending.Array == target.Array)
            {
                HashPendingNow();
            }
            else if (_pending.Count > 0)
            {
                var filled = _pending;
                _hashing = Task.Run(() => _hash.AppendData(filled), CancellationToken.None);
            }
            _pending = new ArraySegment<byte>(target.Array!, target.Offset, 0);
        }
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Count(buffer.Span[..read]);
        _pending = new ArraySegment<byte>(_pending.Array!, _pending.Offset, _pending.Count + read);
        if (read == 0)
        {
            // The end: nothing may stay pending once the caller is done with its buffers.
            HashPendingNow();
        }
        return read;
    }

    /// <summary>Waits for the hash beside, then hashes what is pending on this thread.</summary>
    private void HashPendingNow()
    {
        _hashing.GetAwaiter().GetResult();
        if (_pending.Count > 0)
        {
            _hash.AppendData(_pending);
        }
        _pending = default;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        HashPendingNow();
        var read = inner.Read(buffer, offset, count);
        Count(buffer.AsSpan(offset, read));
        _hash.AppendData(buffer.AsSpan(offset, read));
        return read;
    }

    /// <summary>The size limit and the header: checked on this thread, before the caller sees the bytes.</summary>
    private void Count(ReadOnlySpan<byte> data)
    {
        BytesRead += data.Length;
        if (BytesRead > maxBytes)
        {
            throw new FileTooLargeException(maxBytes);
        }
        if (_headerLength < _header.Length)
        {
            var n = Math.Min(data.Length, _header.Length - _headerLength);
            data[..n].CopyTo(_header.AsSpan(_headerLength));
            _headerLength += n;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A failed read can leave a hash running over the caller's buffer: it ends before the hash goes.
            _hashing.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>The upload went past the configured size limit.</summary>
internal sealed class FileTooLargeException(long maxBytes) : IOException($"more than {maxBytes} bytes");
