namespace ResourceHub.Core.Content;

/// <summary>
/// The text extracted from a package's files (PDF, DOCX, PPTX, XLSX, TXT…), for search and the
/// reviewer's workbench. Implemented by the media module; empty while extraction is pending.
/// </summary>
public interface IExtractedTextSource
{
    Task<IReadOnlyList<ExtractedText>> ForPackageAsync(Guid packageId, CancellationToken ct);
}

public sealed record ExtractedText(Guid FileId, string FileName, string Text);
