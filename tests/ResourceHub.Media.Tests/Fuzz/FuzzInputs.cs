using System.IO.Compression;
using CsCheck;
using ResourceHub.Testing;

namespace ResourceHub.Media.Tests.Fuzz;

/// <summary>
/// Bytes a hostile uploader sends: pure noise, valid headers followed by noise, and real files
/// (a zip, an Office file) with bytes flipped, cut short or spliced. CI runs 10,000 of each.
/// </summary>
internal static class FuzzInputs
{
    public const long Iterations = Fuzzing.Iterations;

    private static readonly byte[][] Magic =
    [
        "%PDF-1.7\n"u8.ToArray(), "PK\x03\x04"u8.ToArray(), "PK\x05\x06"u8.ToArray(), [0xFF, 0xD8, 0xFF, 0xC0],
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "GIF89a"u8.ToArray(),
        "RIFF\0\0\0\0WEBPVP8X"u8.ToArray(), "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), "RIFF\0\0\0\0WEBPVP8L"u8.ToArray(),
        [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70], [0x1A, 0x45, 0xDF, 0xA3], "ID3"u8.ToArray(), [0xFF, 0xFB],
    ];

    /// <summary>A small real zip with an Office-like content-types part, the seed the mutations start from.</summary>
    public static readonly byte[] Zip = MakeZip();

    public static readonly Gen<byte[]> Noise = Gen.Byte.Array[0, 2048];

    public static readonly Gen<byte[]> HeaderThenNoise = Gen.Select(Gen.Int[0, Magic.Length - 1], Gen.Byte.Array[0, 1024],
        (i, tail) => (byte[])[.. Magic[i], .. tail]);

    public static readonly Gen<byte[]> MutatedZip = Fuzzing.Mutations(Zip);

    public static readonly Gen<byte[]> Any = Gen.OneOf(Noise, HeaderThenNoise, MutatedZip);

    private static byte[] MakeZip()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                writer.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            }
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                writer.Write(new string('工', 500));
            }
        }
        return stream.ToArray();
    }
}
