namespace ResourceHub.Core.Content;

/// <summary>
/// The text extracted from files (PDF, DOCX, PPTX, XLSX, TXT…), for search and the reviewer's
/// workbench, asked by file id: the caller decides which files a reader may see (the published or
/// the working view's). Implemented by the media module; a file is missing while extraction is pending.
/// </summary>
public interface IExtractedTextSource
{
    Task<IReadOnlyList<ExtractedText>> ForFilesAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct);
}

public sealed record ExtractedText(Guid FileId, string FileName, string Text);
