using System.Collections.Frozen;

namespace ResourceHub.Media.Services;

/// <summary>What a file is, judged by its bytes; <see cref="Family"/> decides the background work.</summary>
public sealed record FileType(string Extension, string ContentType, FileFamily Family, string Label);

public enum FileFamily
{
    Pdf,
    Word,
    Slides,
    Sheet,
    Image,
    Video,
    Audio,
    Archive,
    Text,
}

/// <summary>The allowlist: a file whose extension is not here is refused with 415.</summary>
public static class FileTypes
{
    public static readonly FrozenDictionary<string, FileType> ByExtension = new FileType[]
    {
        new(".pdf", "application/pdf", FileFamily.Pdf, "PDF 文档"),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileFamily.Word, "Word 文档（DOCX）"),
        new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", FileFamily.Slides, "PowerPoint 演示文稿（PPTX）"),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileFamily.Sheet, "Excel 工作簿（XLSX）"),
        new(".jpg", "image/jpeg", FileFamily.Image, "JPEG 图片"),
        new(".jpeg", "image/jpeg", FileFamily.Image, "JPEG 图片"),
        new(".png", "image/png", FileFamily.Image, "PNG 图片"),
        new(".webp", "image/webp", FileFamily.Image, "WebP 图片"),
        new(".gif", "image/gif", FileFamily.Image, "GIF 图片"),
        new(".mp4", "video/mp4", FileFamily.Video, "MP4 视频"),
        new(".webm", "video/webm", FileFamily.Video, "WebM 视频"),
        new(".mp3", "audio/mpeg", FileFamily.Audio, "MP3 音频"),
        new(".zip", "application/zip", FileFamily.Archive, "ZIP 压缩包"),
        new(".txt", "text/plain; charset=utf-8", FileFamily.Text, "文本文件"),
        new(".md", "text/markdown; charset=utf-8", FileFamily.Text, "Markdown 文本"),
    }.ToFrozenDictionary(t => t.Extension, StringComparer.OrdinalIgnoreCase);

    public static string AllowedList => string.Join("、", ByExtension.Keys.Select(k => k.TrimStart('.').ToUpperInvariant()).Distinct());

    public static FileType? ForName(string fileName) => ByExtension.GetValueOrDefault(Path.GetExtension(fileName));

}
