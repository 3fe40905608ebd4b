using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResourceHub.Media.Tests.Support;

/// <summary>Real files made on the spot: what teachers upload, and what attackers do.</summary>
public static class SampleFiles
{
    /// <summary>Bytes that pass as a ZIP (no background work), for byte-exact round trips.</summary>
    public static byte[] ZipLike(int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        "PK\x03\x04"u8.CopyTo(bytes);
        return bytes;
    }

    public static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 14, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>A real RGB PNG with a gradient, encoded here (the site's ImageMagick policy refuses generator coders).</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    row[1 + x * 3] = (byte)(x * 255 / width);
                    row[2 + x * 3] = (byte)(y * 255 / height);
                    row[3 + x * 3] = 128;
                }
                zlib.Write(row);
            }
        }
        return PngOf(width, height, raw.ToArray());
    }

    /// <summary>A DOCX-shaped zip holding a part that inflates to <paramref name="inflatedBytes"/> of zeros.</summary>
    public static byte[] ZipBombDocx(long inflatedBytes)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            }
            using var bomb = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                bomb.Write(zeros);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A valid PNG header claiming a huge image, with almost no pixel data: a decompression bomb.</summary>
    public static byte[] PngBomb(int width, int height) => PngOf(width, height, [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);

    private static byte[] PngOf(int width, int height, byte[] idat)
    {
        var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(output, "IHDR", header);
        Chunk(output, "IDAT", idat);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
