using System.Globalization;
using ImageMagick;
using Microsoft.Extensions.Options;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Processing;

/// <summary>
/// JPEG thumbnails: images through Magick.NET (format fixed from the checked bytes, dimensions
/// read before decoding, resource limits on width, height, area and memory), the first page of a
/// PDF through Ghostscript, a poster frame (and the duration) of a video through ffmpeg.
/// </summary>
public sealed class ThumbnailMaker(IOptions<MediaOptions> options, ToolRunner tools)
{
    public sealed record Result(byte[] Jpeg, double? DurationSeconds);

    public async Task<Result> MakeAsync(string path, FileFamily family, string contentType, string workFolder, TimeSpan timeout, CancellationToken ct)
    {
        MagickLimits.Apply(options.Value);
        switch (family)
        {
            case FileFamily.Image:
                EnsureSane(ImageHeader.TryReadSize(path, contentType));
                return new(FromImage(path, FormatOf(contentType)), null);
            case FileFamily.Pdf:
                var page = Path.Combine(workFolder, "page.png");
                await tools.RunAsync("gs",
                    ["-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET", "-sDEVICE=png16m", "-r60", "-dFirstPage=1", "-dLastPage=1",
                     $"-sOutputFile={page}", path], workFolder, timeout, ct);
                return File.Exists(page) ? new(FromImage(page, MagickFormat.Png), null) : throw new MediaProcessingException("PDF 没有可显示的页面。");
            case FileFamily.Video:
                var duration = await ProbeDurationAsync(path, workFolder, timeout, ct);
                var frame = Path.Combine(workFolder, "frame.png");
                var at = duration is > 2 ? 1.0 : 0;
                // Local files only: a playlist or reference in the file cannot make ffmpeg open a URL.
                await tools.RunAsync("ffmpeg",
                    ["-nostdin", "-v", "error", "-protocol_whitelist", "file,pipe", "-ss", at.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1",
                     "-vf", $"scale='min({options.Value.ThumbnailSize * 2},iw)':-2", "-y", frame], workFolder, timeout, ct);
                return File.Exists(frame) ? new(FromImage(frame, MagickFormat.Png), duration) : throw new MediaProcessingException("视频中没有可截取的画面。");
            default:
                throw new MediaProcessingException("这种文件不生成缩略图。");
        }
    }

    private async Task<double?> ProbeDurationAsync(string path, string workFolder, TimeSpan timeout, CancellationToken ct)
    {
        var output = await tools.RunAsync("ffprobe",
            ["-v", "error", "-protocol_whitelist", "file,pipe", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", path],
            workFolder, timeout, ct);
        return double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
    }

    private byte[] FromImage(string path, MagickFormat format)
    {
        var limits = options.Value;
        try
        {
            // Read the header only and refuse oversized images before a single pixel is decoded.
            var info = new MagickImageInfo(path, new MagickReadSettings { Format = format });
            EnsureSane((info.Width, info.Height));
            var settings = new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 };
            using var image = new MagickImage(path, settings);
            image.AutoOrient();
            var size = (uint)limits.ThumbnailSize;
            image.Thumbnail(new MagickGeometry(size, size));
            image.Strip();
            image.Format = MagickFormat.Jpeg;
            image.Quality = 80;
            return image.ToByteArray();
        }
        catch (MagickException e)
        {
            throw new MediaProcessingException(e is MagickResourceLimitErrorException
                ? "图片超过处理资源上限（尺寸或内存），疑似解压炸弹，未生成缩略图。"
                : "图片已损坏或无法解码，未生成缩略图。", e);
        }
    }

    private void EnsureSane((long Width, long Height)? size)
    {
        var limits = options.Value;
        if (size is var (width, height) && (width > limits.MaxImageWidth || height > limits.MaxImageHeight || width * height > limits.MaxImagePixels))
        {
            throw new MediaProcessingException($"图片尺寸 {width}×{height} 超过处理上限，疑似解压炸弹，未生成缩略图。");
        }
    }

    private static MagickFormat FormatOf(string contentType) => contentType switch
    {
        "image/jpeg" => MagickFormat.Jpeg,
        "image/png" => MagickFormat.Png,
        "image/webp" => MagickFormat.WebP,
        "image/gif" => MagickFormat.Gif,
        _ => throw new MediaProcessingException("这种图片格式不生成缩略图。"),
    };
}
