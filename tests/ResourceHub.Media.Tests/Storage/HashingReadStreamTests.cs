using System.Security.Cryptography;
using ResourceHub.Media.Services;
using ResourceHub.Media.Storage;
using Xunit;

namespace ResourceHub.Media.Tests.Storage;

/// <summary>The upload's SHA-256 is the bytes' whatever way the reader fills its buffers, with the hash beside the reads or inline.</summary>
public sealed class HashingReadStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Bytes = RandomNumberGenerator.GetBytes((3 << 20) + 4_321);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoBuffersFilledByManySmallReads_HashCountAndHeaderOfAllBytes(bool hashBeside)
    {
        // Socket-sized pieces: each 1 MiB buffer is filled by about a hundred reads before the next buffer.
        await using var hashing = new HashingReadStream(new TrickleStream(Bytes, 10_000), long.MaxValue, hashBeside);

        await OverlappedCopy.CopyAsync(hashing, Stream.Null, 1 << 20, Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bytes)), hashing.Sha256Hex());
        Assert.Equal(Bytes.Length, hashing.BytesRead);
        Assert.Equal(Bytes.AsMemory(0, hashing.Header.Length).ToArray(), hashing.Header.ToArray());
    }

    [Fact]
    public async Task OneBufferReusedForEveryRead_HashOfAllBytes()
    {
        // Stream.CopyToAsync reads into the start of the same buffer each time: what is pending is hashed before it is overwritten.
        await using var hashing = new HashingReadStream(new TrickleStream(Bytes, 70_000), long.MaxValue, hashBeside: true);

        await hashing.CopyToAsync(Stream.Null, 1 << 16, Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bytes)), hashing.Sha256Hex());
    }

    /// <summary>Hands out at most <paramref name="piece"/> bytes per read, as a network connection does.</summary>
    private sealed class TrickleStream(byte[] bytes, int piece) : MemoryStream(bytes, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));
    }
}
