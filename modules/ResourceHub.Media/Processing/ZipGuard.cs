using System.IO.Compression;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Measures a zip (an OOXML file) before anything inflates it: too many entries, a declared
/// inflated size past the cap, or a compression ratio no real document has means a zip bomb.
/// </summary>
public static class ZipGuard
{
    private const double MaxRatio = 200;

    public static void Check(string path, int maxEntries, long maxInflatedBytes)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > maxEntries)
            {
                throw new MediaProcessingException($"压缩包内有 {zip.Entries.Count} 个条目，超过上限 {maxEntries}，疑似压缩炸弹，已停止处理。");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / (double)entry.CompressedLength;
                if (total > maxInflatedBytes || (entry.Length > 1 << 20 && ratio > MaxRatio))
                {
                    throw new MediaProcessingException($"文件解压后体积超过上限（{maxInflatedBytes >> 20} MB）或压缩比异常，疑似压缩炸弹，已停止处理。");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new MediaProcessingException("压缩结构已损坏，无法读取。", e);
        }
    }
}
