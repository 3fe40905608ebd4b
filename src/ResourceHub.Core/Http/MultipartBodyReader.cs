using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace ResourceHub.Core.Http;

/// <summary>One part of a multipart body: its headers as sent, and its content, which ends at the next boundary.</summary>
public sealed record MultipartSection(string? ContentDisposition, string? ContentType, Stream Body);

/// <summary>
/// multipart/form-data (RFC 7578 on RFC 2046 §5.1) read straight off the request's
/// <see cref="PipeReader"/>: a part's bytes go from the server's receive buffers into the caller's
/// buffer in one copy, where the framework's MultipartReader first copies them into a buffer of its
/// own. Strict where a lax reading could store a damaged file: a part ends only at CRLF--boundary,
/// which must be followed by "--" (the end) or the next part's line, so a body cut short anywhere is
/// refused with 400 before its last bytes are handed on, and the caller deletes what it wrote.
/// Lenient where browsers and tools differ: a preamble, transport padding after a boundary, header
/// lines ending in LF alone.
/// </summary>
public sealed class MultipartBodyReader
{
    /// <summary>All header lines of one part together, as the framework's reader allows.</summary>
    public const int HeadersLimit = 16 * 1024;
    private const int HeaderCountLimit = 16;
    private const int PaddingLimit = 256;

    private readonly PipeReader _body;
    private readonly byte[] _delimiter;
    private MultipartPartStream? _current;
    private bool _started;
    private bool _finished;

    /// <param name="boundary">The boundary parameter of the Content-Type, without quotes (1 to 200 characters).</param>
    public MultipartBodyReader(PipeReader body, string boundary)
    {
        ArgumentException.ThrowIfNullOrEmpty(boundary);
        _body = body;
        _delimiter = Encoding.ASCII.GetBytes("\r\n--" + boundary);
    }

    internal PipeReader Body => _body;

    /// <summary>CRLF--boundary: what ends every part.</summary>
    internal ReadOnlySpan<byte> Delimiter => _delimiter;

    /// <summary>The next part, or null after the last; what the caller left unread of the previous part is skipped.</summary>
    public async Task<MultipartSection?> ReadNextSectionAsync(CancellationToken ct)
    {
        if (_current is not null)
        {
            await _current.CopyToAsync(Stream.Null, ct);
            _current = null;
        }
        else if (!_started)
        {
            await SkipPreambleAsync(ct);
            _started = true;
            _finished = await ReadBoundaryEndAsync(ct);
        }
        if (_finished)
        {
            return null;
        }
        var (disposition, type) = await ReadHeadersAsync(ct);
        _current = new MultipartPartStream(this);
        return new MultipartSection(disposition, type, _current);
    }

    /// <summary>Called by a part's stream once it has taken the delimiter that ends it: what follows decides whether another part comes.</summary>
    internal async ValueTask PartEndedAsync(CancellationToken ct) => _finished = await ReadBoundaryEndAsync(ct);

    internal static FieldException Malformed(string what) => new("file", $"multipart 请求格式有误：{what}。请重新上传。");

    internal static FieldException Truncated() => Malformed("请求正文不完整，缺少结束分隔符");

    /// <summary>Up to and including the first "--boundary", at the very start or after a CRLF; anything before is a preamble.</summary>
    private async ValueTask SkipPreambleAsync(CancellationToken ct)
    {
        var first = _delimiter.AsMemory(2);
        var result = await _body.ReadAtLeastAsync(first.Length, ct);
        if (result.Buffer.Length >= first.Length && new SequenceReader<byte>(result.Buffer).IsNext(first.Span))
        {
            _body.AdvanceTo(result.Buffer.GetPosition(first.Length));
            return;
        }
        while (true)
        {
            var buffer = result.Buffer;
            var at = MultipartSearch.IndexOf(buffer, _delimiter);
            if (at >= 0)
            {
                _body.AdvanceTo(buffer.GetPosition(at + _delimiter.Length));
                return;
            }
            if (result.IsCompleted)
            {
                throw Malformed("找不到分隔符（boundary）");
            }
            _body.AdvanceTo(buffer.GetPosition(Math.Max(0, buffer.Length - _delimiter.Length + 1)), buffer.End);
            result = await _body.ReadAsync(ct);
        }
    }

    /// <summary>After "--boundary": "--" ends the body (true; the epilogue is left unread), else optional padding and a line end.</summary>
    private async ValueTask<bool> ReadBoundaryEndAsync(CancellationToken ct)
    {
        while (true)
        {
            var result = await _body.ReadAsync(ct);
            var reader = new SequenceReader<byte>(result.Buffer);
            if (reader.IsNext("--"u8, advancePast: true))
            {
                _body.AdvanceTo(reader.Position);
                return true;
            }
            reader.AdvancePastAny((byte)' ', (byte)'\t');
            if (reader.IsNext("\r\n"u8, advancePast: true) || reader.IsNext((byte)'\n', advancePast: true))
            {
                _body.AdvanceTo(reader.Position);
                return false;
            }
            // Undecided only while what is there could still become "--" or a CRLF.
            var undecided = reader.Remaining == 0
                || (reader.Remaining == 1 && (reader.UnreadSpan[0] == '\r' || (reader.Consumed == 0 && reader.UnreadSpan[0] == '-')));
            if (!undecided || reader.Consumed > PaddingLimit)
            {
                throw Malformed("分隔符后面有多余的字符");
            }
            if (result.IsCompleted)
            {
                throw Truncated();
            }
            _body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    /// <summary>A part's header lines up to the empty line; only the two that form data uses are kept.</summary>
    private async ValueTask<(string? Disposition, string? Type)> ReadHeadersAsync(CancellationToken ct)
    {
        string? disposition = null, type = null;
        int total = 0, count = 0;
        while (true)
        {
            var result = await _body.ReadAsync(ct);
            var reader = new SequenceReader<byte>(result.Buffer);
            while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
            {
                total += (int)line.Length + 1;
                if (total > HeadersLimit || ++count > HeaderCountLimit + 1)
                {
                    throw Malformed("分段头部过长");
                }
                var text = Encoding.UTF8.GetString(line).TrimEnd('\r');
                if (text.Length == 0)
                {
                    _body.AdvanceTo(reader.Position);
                    return (disposition, type);
                }
                var colon = text.IndexOf(':');
                if (colon <= 0)
                {
                    throw Malformed("分段头部无法识别");
                }
                var name = text.AsSpan(0, colon).Trim();
                if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
                {
                    disposition = text[(colon + 1)..].Trim();
                }
                else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    type = text[(colon + 1)..].Trim();
                }
            }
            if (total + reader.Remaining > HeadersLimit)
            {
                throw Malformed("分段头部过长");
            }
            if (result.IsCompleted)
            {
                throw Truncated();
            }
            _body.AdvanceTo(reader.Position, result.Buffer.End);
        }
    }
}
