using Microsoft.Extensions.Options;
using ResourceHub.Media.Services;
using UglyToad.PdfPig;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Page previews of Word and PowerPoint files: LibreOffice (headless) prints the file to a PDF,
/// which the package page shows in the same pdf.js viewer as an uploaded PDF, and whose first
/// page becomes the file's thumbnail. A server without LibreOffice makes none, and the page
/// shows the extracted text instead.
/// </summary>
public sealed class OfficePreviewMaker(IOptions<MediaOptions> options, ThumbnailMaker thumbnails, ToolRunner tools)
{
    public sealed record Result(string PdfPath, int PageCount, byte[] Jpeg);

    /// <summary>Spreadsheets stay text: printed to pages they break into many half-empty sheets.</summary>
    public static bool Supports(FileFamily family) => family is FileFamily.Word or FileFamily.Slides;

    /// <summary>The LibreOffice program, or null where the server has none (looked up each time, so installing it needs no restart).</summary>
    public string? Tool => options.Value.LibreOfficePath is { Length: > 0 } configured
        ? (Path.IsPathRooted(configured) ? (File.Exists(configured) ? configured : null) : ToolRunner.OnPath(configured))
        : ToolRunner.OnPath("soffice") ?? ToolRunner.OnPath("libreoffice");

    /// <param name="path">The local copy, named with its extension: LibreOffice picks its import filter by it.</param>
    /// <returns>Null when LibreOffice is not installed.</returns>
    public async Task<Result?> MakeAsync(string path, string workFolder, TimeSpan timeout, CancellationToken ct)
    {
        if (Tool is not { } tool)
        {
            return null;
        }
        // The text job checks too, but jobs run in any order and LibreOffice must never inflate a bomb.
        ZipGuard.Check(path, options.Value.MaxZipEntries, options.Value.MaxInflatedBytes);
        // Linked pictures, INCLUDEPICTURE/INCLUDETEXT/LINK fields, OLE links, external data: gone before LibreOffice sees the file.
        OfficeLinkStripper.Strip(path);
        var output = Path.Combine(workFolder, "out");
        // A private profile per run: conversions sharing one hand their work to each other or refuse to start.
        var profile = new Uri(Path.Combine(workFolder, "profile")).AbsoluteUri;
        await tools.RunAsync(tool,
            ["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", output, path],
            workFolder, timeout, ct);
        // soffice answers 0 even when its import filter gave up; only the file says it worked.
        var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(path) + ".pdf");
        if (!File.Exists(pdf))
        {
            throw new MediaProcessingException("LibreOffice 未能生成页面预览，文件可能已损坏。");
        }
        var pages = CountPages(pdf);
        var thumbnail = await thumbnails.MakeAsync(pdf, FileFamily.Pdf, "application/pdf", workFolder, timeout, ct);
        return new(pdf, pages, thumbnail.Jpeg);
    }

    private static int CountPages(string pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MediaProcessingException("LibreOffice 生成的页面预览无法读取。", e);
        }
    }
}
