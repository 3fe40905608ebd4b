using System.Buffers;
using System.IO.Pipelines;

namespace ResourceHub.Core.Http;

/// <summary>
/// One part's content, read off the request's pipe up to the delimiter that ends it. A read copies
/// from the pipe's buffers straight into the caller's; bytes that might begin the delimiter stay in
/// the pipe until what follows them has arrived. The read that reaches the delimiter also reads what
/// follows the boundary, so a body cut short after its last part is refused before the caller sees
/// the end of the part.
/// </summary>
internal sealed class MultipartPartStream(MultipartBodyReader owner) : Stream
{
    // Each read asks the pipe for at least this much (or all that is left), so that a large part is
    // handed on in a few large pieces instead of one piece per network packet. It must stay below the
    // point where the server stops receiving for an unread request (Kestrel's MaxRequestBufferSize,
    // 1 MiB by default, which the site does not lower), or the read would wait for bytes never sent.
    private const int MinimumRead = 64 * 1024;
    private bool _ended;

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (_ended || destination.IsEmpty)
        {
            return 0;
        }
        var body = owner.Body;
        var delimiterLength = owner.Delimiter.Length;
        var want = (int)Math.Min(MinimumRead, (long)destination.Length + delimiterLength);
        var result = await body.ReadAtLeastAsync(want, cancellationToken);
        while (true)
        {
            var buffer = result.Buffer;
            // Only as far as this read can take, plus room for a delimiter that starts within it.
            var window = buffer.Length > destination.Length + delimiterLength - 1
                ? buffer.Slice(0, destination.Length + delimiterLength - 1) : buffer;
            var at = MultipartSearch.IndexOf(window, owner.Delimiter);
            if (at == 0)
            {
                body.AdvanceTo(buffer.GetPosition(delimiterLength));
                _ended = true;
                await owner.PartEndedAsync(cancellationToken);
                return 0;
            }
            var take = Math.Min(at > 0 ? at : window.Length - delimiterLength + 1, destination.Length);
            if (take > 0)
            {
                var part = buffer.Slice(0, take);
                part.CopyTo(destination.Span);
                // Nothing found and all that could be decided taken: the rest waits for more bytes.
                var undecided = at < 0 && window.Length == buffer.Length;
                body.AdvanceTo(part.End, undecided ? buffer.End : part.End);
                return (int)take;
            }
            if (result.IsCompleted)
            {
                throw MultipartBodyReader.Truncated();
            }
            body.AdvanceTo(buffer.Start, buffer.End);
            result = await body.ReadAsync(cancellationToken);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Like the server's own request body: no blocking reads.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("同步读取不受支持。");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Where a byte string first occurs in a pipe's buffer, also across the seams between its segments.</summary>
internal static class MultipartSearch
{
    public static long IndexOf(in ReadOnlySequence<byte> sequence, ReadOnlySpan<byte> needle)
    {
        if (sequence.IsSingleSegment)
        {
            return sequence.FirstSpan.IndexOf(needle);
        }
        long start = 0;
        foreach (var memory in sequence)
        {
            var span = memory.Span;
            var at = span.IndexOf(needle);
            if (at >= 0)
            {
                return start + at;
            }
            // Starts near this segment's end and runs on into the next ones: rare (it must start with CR).
            var from = Math.Max(0, span.Length - needle.Length + 1);
            var tail = span[from..];
            for (var i = tail.IndexOf(needle[0]); i >= 0;)
            {
                var p = from + i;
                if (span[p..].SequenceEqual(needle[..(span.Length - p)])
                    && new SequenceReader<byte>(sequence.Slice(start + p)).IsNext(needle))
                {
                    return start + p;
                }
                var next = tail[(i + 1)..].IndexOf(needle[0]);
                i = next < 0 ? -1 : i + 1 + next;
            }
            start += span.Length;
        }
        return -1;
    }
}
