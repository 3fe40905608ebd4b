using System.Security.Cryptography;

namespace ResourceHub.Media.Services;

/// <summary>
/// Reads through another stream while hashing (SHA-256), counting, keeping the first bytes for
/// type checks, and refusing to go past a size limit, so that an upload is checked on the way to
/// the blob store without ever being held in memory.
/// </summary>
internal sealed class HashingReadStream(Stream inner, long maxBytes) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _header = new byte[FileSniffer.HeaderBytes];
    private int _headerLength;

    public long BytesRead { get; private set; }

    public ReadOnlyMemory<byte> Header => _header.AsMemory(0, _headerLength);

    public string Sha256Hex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Take(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Take(buffer.AsSpan(offset, read));
        return read;
    }

    private void Take(ReadOnlySpan<byte> data)
    {
        BytesRead += data.Length;
        if (BytesRead > maxBytes)
        {
            throw new FileTooLargeException(maxBytes);
        }
        _hash.AppendData(data);
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
