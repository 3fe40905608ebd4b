using System.Collections.Concurrent;
using ResourceHub.Core.Content;

namespace ResourceHub.Search.Tests.Support;

/// <summary>
/// TEST-ONLY stand-in for the media module's text extraction, which is not on this branch:
/// tests say which text a package's files hold. At merge the lead replaces its use with real
/// uploads (PDF/DOCX/PPTX through POST /api/v1/packages/{id}/files).
/// </summary>
public sealed class TestExtractedTexts : IExtractedTextSource
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<ExtractedText>> _texts = new();

    public void Set(Guid packageId, string fileName, string text) =>
        _texts[packageId] = [new ExtractedText(Guid.NewGuid(), fileName, text)];

    public Task<IReadOnlyList<ExtractedText>> ForPackageAsync(Guid packageId, CancellationToken ct) =>
        Task.FromResult(_texts.TryGetValue(packageId, out var texts) ? texts : (IReadOnlyList<ExtractedText>)[]);
}
