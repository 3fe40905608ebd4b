using System.IO.Compression;

namespace ResourceHub.Core.Storage;

/// <summary>
/// Measures a zip (an Office file) from its central directory before anything inflates it: too
/// many entries, a declared inflated size past the cap, or a compression ratio no real document
/// has means a zip bomb. Used by the media worker and by every import of a workbook.
/// </summary>
public static class ZipInspector
{
    private const double MaxRatio = 200;

    /// <returns>Why the zip must not be opened (Chinese, for the user), or null when it may be.</returns>
    public static string? Problem(Stream zip, int maxEntries, long maxInflatedBytes)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > maxEntries)
            {
                return $"压缩包内有 {archive.Entries.Count} 个条目，超过上限 {maxEntries}，疑似压缩炸弹，已停止处理。";
            }
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / (double)entry.CompressedLength;
                if (total > maxInflatedBytes || (entry.Length > 1 << 20 && ratio > MaxRatio))
                {
                    return $"文件解压后体积超过上限（{maxInflatedBytes >> 20} MB）或压缩比异常，疑似压缩炸弹，已停止处理。";
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return "压缩结构已损坏，无法读取。";
        }
    }
}
