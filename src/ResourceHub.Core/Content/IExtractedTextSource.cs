namespace ResourceHub.Core.Content;

/// <summary>
/// The text extracted from files (PDF, DOCX, PPTX, XLSX, TXT…), for search and the reviewer's
/// workbench. Asked by file ids: the caller takes them from the view of the package it may show
/// (Resources' published or working view). Implemented by the media module; empty while extraction is pending.
/// </summary>
public interface IExtractedTextSource
{
    Task<IReadOnlyList<ExtractedText>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct);
}

public sealed record ExtractedText(Guid FileId, string FileName, string Text);
