using System.Buffers;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using ResourceHub.Core.Http;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>
/// The upload's multipart parser over a request pipe: the parts come out byte-exact however the
/// body is cut into the pipe's segments or arrives in pieces, bytes that look like a boundary stay
/// data, and a body that is cut short or malformed is refused with 400 before its end is handed on.
/// </summary>
public sealed class MultipartBodyReaderTests
{
    private const string Boundary = "----RhBoundary7MA4YWxkTrZu0gW";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Data that likes to come close to the delimiter: CR, LF, dashes, and pieces of the boundary itself.</summary>
    private static readonly Gen<byte[]> TrickyData = Gen.OneOf(
            Gen.Byte.Array[0, 64],
            Gen.Const("\r\n"u8.ToArray()), Gen.Const("\n--"u8.ToArray()), Gen.Const("\r\n--"u8.ToArray()),
            Gen.Int[1, Boundary.Length - 1].Select(n => Encoding.ASCII.GetBytes("\r\n--" + Boundary[..n])),
            Gen.Const(Encoding.ASCII.GetBytes("--" + Boundary)), Gen.Const(Encoding.ASCII.GetBytes("\n--" + Boundary + "--")))
        .Array[0, 40].Select(pieces => pieces.SelectMany(p => p).ToArray())
        // Never the delimiter itself (pieces side by side can make one), which no client may send inside a part.
        .Where(data => data.AsSpan().IndexOf(Encoding.ASCII.GetBytes("\r\n--" + Boundary)) < 0);

    [Fact]
    public void AnyPartsAnyCuts_PartsComeOutByteExact()
    {
        Gen.Select(TrickyData.Array[1, 4], Gen.Int[1, 300], Gen.Bool).Sample((parts, piece, trickle) =>
        {
            var body = Body(parts.Select((data, i) => ($"form-data; name=\"f{i}\"; filename=\"文件{i}.bin\"", data)).ToArray());

            var read = ReadAllAsync(body, piece, trickle).GetAwaiter().GetResult();

            Assert.Equal(parts.Length, read.Count);
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.Equal($"form-data; name=\"f{i}\"; filename=\"文件{i}.bin\"", read[i].Disposition);
                Assert.Equal(parts[i], read[i].Data);
            }
        }, iter: Fuzzing.Iterations / 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(1 << 20)]
    public async Task LargePartInSegments_SameSha256(int segment)
    {
        var data = RandomNumberGenerator.GetBytes((3 << 20) + 77);
        var body = Body(("form-data; name=\"kind\"", "Video"u8.ToArray()), ("form-data; name=\"file\"; filename=\"a.mp4\"", data));

        var read = await ReadAllAsync(body, segment == 1 ? 4093 : segment, trickle: segment == 1);

        Assert.Equal("Video"u8.ToArray(), read[0].Data);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(read[1].Data));
    }

    [Theory]
    [InlineData("preamble text\r\n--{0}\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxyz\r\n--{0}--\r\nepilogue")]
    [InlineData("--{0}  \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxyz\r\n--{0} \r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n\r\n--{0}--")]
    [InlineData("--{0}\nContent-Disposition: form-data; name=\"a\"\nContent-Type: text/plain\n\nxyz\r\n--{0}--")]
    public async Task CrLfVariantsPaddingPreambleEpilogue_Accepted(string template)
    {
        var read = await ReadAllAsync(Encoding.UTF8.GetBytes(string.Format(template, Boundary)), 3, trickle: false);

        Assert.Equal("form-data; name=\"a\"", read[0].Disposition);
        Assert.Equal("xyz"u8.ToArray(), read[0].Data);
    }

    [Theory]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxyz")]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxyz\r\n--{0}")]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxyz\r\n--{0}-")]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxyz\r\n--{0}\r")]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxyz\r\n--{0}x\r\n")]
    [InlineData("--{0}\r\nContent-Disposition: form-data; name=\"file\"\r\n")]
    [InlineData("--{0}\r\nno colon here\r\n\r\nxyz\r\n--{0}--")]
    [InlineData("no boundary anywhere")]
    [InlineData("")]
    public async Task TruncatedOrMalformed_400BeforeTheEndIsHandedOn(string template)
    {
        var error = await Assert.ThrowsAsync<FieldException>(() => ReadAllAsync(Encoding.UTF8.GetBytes(string.Format(template, Boundary)), 2, trickle: true));

        Assert.Equal(400, error.Status);
        Assert.Contains("multipart 请求格式有误", error.Message);
    }

    [Fact]
    public async Task HeadersPastTheLimit_400()
    {
        var headers = string.Concat(Enumerable.Range(0, 40).Select(i => $"X-Filler-{i}: {new string('a', 500)}\r\n"));
        var body = Encoding.UTF8.GetBytes($"--{Boundary}\r\n{headers}\r\nxyz\r\n--{Boundary}--");

        var error = await Assert.ThrowsAsync<FieldException>(() => ReadAllAsync(body, 4096, trickle: false));

        Assert.Contains("分段头部过长", error.Message);
    }

    private static byte[] Body(params (string Disposition, byte[] Data)[] parts)
    {
        var body = new MemoryStream();
        foreach (var (disposition, data) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/octet-stream\r\n\r\n"));
            body.Write(data);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        return body.ToArray();
    }

    /// <summary>
    /// Every part through the reader, its content read in odd-sized pieces. The body comes as one
    /// sequence cut into segments of <paramref name="piece"/> bytes, or (trickle) written into a
    /// pipe that many bytes at a time while the reader waits for them.
    /// </summary>
    private static async Task<List<(string? Disposition, byte[] Data)>> ReadAllAsync(byte[] body, int piece, bool trickle)
    {
        var pipe = new Pipe();
        var writing = Task.CompletedTask;
        PipeReader input;
        if (trickle)
        {
            writing = Task.Run(async () =>
            {
                for (var at = 0; at < body.Length; at += piece)
                {
                    if ((await pipe.Writer.WriteAsync(body.AsMemory(at, Math.Min(piece, body.Length - at)), Ct)).IsCompleted)
                    {
                        break;
                    }
                }
                await pipe.Writer.CompleteAsync();
            }, Ct);
            input = pipe.Reader;
        }
        else
        {
            input = PipeReader.Create(Segments(body, piece));
        }
        try
        {
            var reader = new MultipartBodyReader(input, Boundary);
            var parts = new List<(string?, byte[])>();
            var buffer = new byte[7919];
            var size = piece;
            while (await reader.ReadNextSectionAsync(Ct) is { } section)
            {
                var data = new MemoryStream();
                int read;
                // Reads of changing odd sizes, small and large.
                while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, size = 1 + (size * 31 + 17) % buffer.Length), Ct)) > 0)
                {
                    data.Write(buffer, 0, read);
                }
                parts.Add((section.ContentDisposition, data.ToArray()));
            }
            return parts;
        }
        finally
        {
            await input.CompleteAsync();
            await writing;
        }
    }

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int piece)
    {
        if (bytes.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }
        Segment first = new(bytes.AsMemory(0, Math.Min(piece, bytes.Length)), 0), last = first;
        for (var at = piece; at < bytes.Length; at += piece)
        {
            last = last.Append(bytes.AsMemory(at, Math.Min(piece, bytes.Length - at)));
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex) => (Memory, RunningIndex) = (memory, runningIndex);

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
