using System.Security.Cryptography;

namespace ResourceHub.Media.Services;

/// <summary>
/// Reads through another stream while hashing (SHA-256), counting, keeping the first bytes for
/// type checks, and refusing to go past a size limit, so that an upload is checked on the way to
/// the blob store without ever being held in memory. A large piece is hashed on another core
/// while the next is read (the hash costs as much as reading the request): the caller's buffer is
/// only read by the hash, and no read fills a buffer before the hash of the piece before is done.
/// </summary>
/// <param name="hashBeside">Only for callers that never hand a buffer on (to a pool, to other code) between reads: the disk store's copy.</param>
internal sealed class HashingReadStream(Stream inner, long maxBytes, bool hashBeside = false) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _header = new byte[FileSniffer.HeaderBytes];
    private int _headerLength;

    public long BytesRead { get; private set; }

    public ReadOnlyMemory<byte> Header => _header.AsMemory(0, _headerLength);

    /// <summary>Pieces at least this large are hashed beside the next read; smaller ones are not worth a hand-over.</summary>
    private const int BackgroundHashBytes = 16 * 1024;

    private Task _hashing = Task.CompletedTask;

    public string Sha256Hex()
    {
        _hashing.GetAwaiter().GetResult();
        return Convert.ToHexStringLower(_hash.GetCurrentHash());
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _hashing;
        var read = await inner.ReadAsync(buffer, cancellationToken);
        ReadOnlyMemory<byte> piece = buffer[..read];
        Count(piece.Span);
        if (hashBeside && read >= BackgroundHashBytes)
        {
            _hashing = Task.Run(() => _hash.AppendData(piece.Span), CancellationToken.None);
        }
        else
        {
            _hash.AppendData(piece.Span);
        }
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        _hashing.GetAwaiter().GetResult();
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
