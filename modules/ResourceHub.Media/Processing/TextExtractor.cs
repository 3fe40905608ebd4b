using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;
using ResourceHub.Media.Services;
using UglyToad.PdfPig;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Text for search from PDF (PdfPig), DOCX/PPTX/XLSX (Open XML SDK) and plain text, within caps:
/// OOXML zips are measured before they are opened, and the text stops at a character limit.
/// </summary>
public sealed class TextExtractor(IOptions<MediaOptions> options)
{
    public sealed record Result(string Text, int? PageCount);

    public Result Extract(string path, FileFamily family, CancellationToken ct)
    {
        var text = new CappedText(options.Value.MaxExtractedChars);
        int? pages = null;
        switch (family)
        {
            case FileFamily.Pdf:
                pages = ExtractPdf(path, text, ct);
                break;
            case FileFamily.Word or FileFamily.Slides or FileFamily.Sheet:
                ZipGuard.Check(path, options.Value.MaxZipEntries, options.Value.MaxInflatedBytes);
                ExtractOoxml(path, family, text, ct);
                break;
            case FileFamily.Text:
                ExtractPlain(path, text);
                break;
            default:
                throw new MediaProcessingException("这种文件不提取文字。");
        }
        return new(text.ToString(), pages);
    }

    private int ExtractPdf(string path, CappedText text, CancellationToken ct)
    {
        try
        {
            using var pdf = PdfDocument.Open(path);
            if (pdf.NumberOfPages > options.Value.MaxPdfPages)
            {
                throw new MediaProcessingException($"PDF 共 {pdf.NumberOfPages} 页，超过了文字提取的上限 {options.Value.MaxPdfPages} 页。");
            }
            foreach (var page in pdf.GetPages())
            {
                ct.ThrowIfCancellationRequested();
                if (!text.Append(page.Text))
                {
                    break;
                }
                text.Append("\n");
            }
            return pdf.NumberOfPages;
        }
        catch (Exception e) when (e is not (MediaProcessingException or OperationCanceledException))
        {
            throw new MediaProcessingException("PDF 文件已损坏或无法解析，未能提取文字。", e);
        }
    }

    private static void ExtractOoxml(string path, FileFamily family, CappedText text, CancellationToken ct)
    {
        try
        {
            switch (family)
            {
                case FileFamily.Word:
                    using (var doc = WordprocessingDocument.Open(path, false))
                    {
                        foreach (var paragraph in doc.MainDocumentPart?.Document?.Body?.Descendants<W.Paragraph>() ?? [])
                        {
                            ct.ThrowIfCancellationRequested();
                            if (!text.Append(paragraph.InnerText) || !text.Append("\n"))
                            {
                                break;
                            }
                        }
                    }
                    break;
                case FileFamily.Slides:
                    using (var deck = PresentationDocument.Open(path, false))
                    {
                        foreach (var slide in deck.PresentationPart?.SlideParts ?? [])
                        {
                            ct.ThrowIfCancellationRequested();
                            foreach (var run in slide.Slide?.Descendants<A.Text>() ?? [])
                            {
                                text.Append(run.Text);
                                text.Append(" ");
                            }
                            if (!text.Append("\n"))
                            {
                                break;
                            }
                        }
                    }
                    break;
                default:
                    using (var book = SpreadsheetDocument.Open(path, false))
                    {
                        foreach (var item in book.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<S.SharedStringItem>() ?? [])
                        {
                            ct.ThrowIfCancellationRequested();
                            if (!text.Append(item.InnerText) || !text.Append("\n"))
                            {
                                break;
                            }
                        }
                    }
                    break;
            }
        }
        catch (Exception e) when (e is not (MediaProcessingException or OperationCanceledException))
        {
            throw new MediaProcessingException("Office 文件已损坏或无法解析，未能提取文字。", e);
        }
    }

    private static void ExtractPlain(string path, CappedText text)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer)) > 0 && text.Append(new string(buffer, 0, read)))
        {
        }
    }

    /// <summary>Stops taking text at the cap (Append answers false once full).</summary>
    private sealed class CappedText(int max)
    {
        private readonly StringBuilder _text = new();

        public bool Append(string value)
        {
            var room = max - _text.Length;
            if (room <= 0)
            {
                return false;
            }
            _text.Append(value.Length <= room ? value : value[..room]);
            return _text.Length < max;
        }

        public override string ToString() => _text.ToString().Trim();
    }
}
