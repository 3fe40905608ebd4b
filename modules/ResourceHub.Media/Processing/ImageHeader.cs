using System.Buffers.Binary;

namespace ResourceHub.Media.Processing;

/// <summary>
/// An image's declared width and height, read from its header without any decoder, so that a
/// decompression bomb (a tiny file declaring a gigantic canvas) is refused before ImageMagick sees it.
/// </summary>
public static class ImageHeader
{
    public static (long Width, long Height)? TryReadSize(string path, string contentType)
    {
        using var file = File.OpenRead(path);
        var head = new byte[64 * 1024];
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var b = head.AsSpan(0, length);
        return contentType switch
        {
            "image/png" when b.Length >= 24 => (BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..])),
            "image/gif" when b.Length >= 10 => (BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..])),
            "image/webp" => WebP(b),
            "image/jpeg" => Jpeg(b),
            _ => null,
        };
    }

    private static (long, long)? WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30)
        {
            return null;
        }
        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return (1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16));
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return (1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        }
        return null;
    }

    /// <summary>Walks the JPEG markers to the first start-of-frame, which carries the size.</summary>
    private static (long, long)? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }
            var marker = b[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
        }
        return null;
    }
}
