using System.IO.Compression;
using System.Text;
using ResourceHub.Core.Http;

namespace ResourceHub.Media.Services;

/// <summary>
/// Checks that a file's bytes are what its name claims: magic numbers for most types, the
/// <c>[Content_Types].xml</c> part for OOXML, valid UTF-8 for text. Refusals are 415.
/// </summary>
public static class FileSniffer
{
    public const int HeaderBytes = 8192;

    private const long MaxContentTypesPartBytes = 1 << 20;

    public static FileType ClaimedType(string fileName) =>
        FileTypes.ForName(fileName) ?? throw Unsupported($"不支持上传“{Path.GetExtension(fileName)}”类型的文件。允许的类型：{FileTypes.AllowedList}。");

    /// <summary>Checks the first bytes; for OOXML also opens the whole (seekable) file's zip directory.</summary>
    public static async Task VerifyAsync(FileType type, ReadOnlyMemory<byte> header, Func<Task<Stream?>> open, CancellationToken ct)
    {
        if (!HeaderMatches(type, header.Span))
        {
            throw Mislabeled(type);
        }
        if (type.Family is FileFamily.Word or FileFamily.Slides or FileFamily.Sheet)
        {
            await using var stream = await open() ?? throw Mislabeled(type);
            if (!HasOoxmlMainPart(stream, MainPartType(type.Family)))
            {
                throw Mislabeled(type);
            }
        }
    }

    public static DomainException Unsupported(string message) => new(415, "文件类型不受支持", message);

    private static DomainException Mislabeled(FileType type) =>
        Unsupported($"文件内容与扩展名不符：它不是有效的{type.Label}。请确认文件没有被改名或损坏后重新上传。");

    private static bool HeaderMatches(FileType type, ReadOnlySpan<byte> b) => type.Extension.ToLowerInvariant() switch
    {
        ".pdf" => b.StartsWith("%PDF-"u8),
        ".docx" or ".pptx" or ".xlsx" => b.StartsWith("PK\x03\x04"u8),
        ".zip" => b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8),
        ".jpg" or ".jpeg" => b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".gif" => b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8),
        ".webp" => b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8),
        ".mp4" => b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8),
        ".webm" => b.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]),
        ".mp3" => b.StartsWith("ID3"u8) || (b.Length >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0),
        ".txt" or ".md" => IsUtf8Text(b),
        _ => false,
    };

    private static bool IsUtf8Text(ReadOnlySpan<byte> b)
    {
        if (b.Contains((byte)0))
        {
            return false;
        }
        // The header may end inside a multi-byte character: allow up to 3 trailing bytes to be cut.
        for (var cut = 0; cut <= Math.Min(3, b.Length); cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(b[..(b.Length - cut)]))
            {
                return true;
            }
        }
        return false;
    }

    private static string MainPartType(FileFamily family) => family switch
    {
        FileFamily.Word => "wordprocessingml.document.main+xml",
        FileFamily.Slides => "presentationml.presentation.main+xml",
        _ => "spreadsheetml.sheet.main+xml",
    };

    private static bool HasOoxmlMainPart(Stream stream, string mainPart)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var part = zip.GetEntry("[Content_Types].xml");
            if (part is null || part.Length > MaxContentTypesPartBytes)
            {
                return false;
            }
            using var reader = new StreamReader(part.Open(), Encoding.UTF8);
            return reader.ReadToEnd().Contains(mainPart, StringComparison.OrdinalIgnoreCase);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
