using Lucene.Net.Documents;
using ResourceHub.Core.Content;
using ResourceHub.Resources;
using ResourceHub.Standards;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// Turns packages into documents through the Resources module's views: the published view for
/// everyone, and the working view for its school while it differs, so a revision changes nothing
/// that an outsider finds until it is approved.
/// </summary>
public sealed class PackageDocumentSource(IPackageViews views, ISpecialtyCatalog specialties, IEnumerable<IExtractedTextSource> textSources)
{
    private Dictionary<string, string>? _specialtyNames;

    /// <summary>The documents of each package: none for one that no longer exists.</summary>
    public async Task<List<(Guid Id, IReadOnlyList<Document> Documents)>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var published = (await views.PublishedAsync(ids, ct)).ToDictionary(v => v.Id);
        var working = (await views.WorkingAsync(ids, ct)).ToDictionary(v => v.Id);
        // One read of the extracted text per batch, not one per package.
        var texts = await TextsAsync(published.Values.Concat(working.Values).SelectMany(v => v.Files).Select(f => f.Id).ToHashSet(), ct);
        _specialtyNames ??= (await specialties.ListAsync(ct)).ToDictionary(s => s.Code, s => s.Name);
        var result = new List<(Guid, IReadOnlyList<Document>)>();
        foreach (var id in ids)
        {
            var documents = new List<Document>();
            if (published.TryGetValue(id, out var approved))
            {
                documents.Add(Build(approved, texts));
            }
            if (working.TryGetValue(id, out var draft) && (approved is null || approved.IsRevised))
            {
                documents.Add(Build(draft, texts));
            }
            result.Add((id, documents));
        }
        return result;
    }

    /// <summary>Every package's documents, a batch at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Document>> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in views.AllIdsAsync(200, ct))
        {
            yield return (await LoadAsync(chunk, ct)).SelectMany(p => p.Documents).ToList();
        }
    }

    private async Task<ILookup<Guid, ExtractedText>> TextsAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken ct)
    {
        var texts = new List<ExtractedText>();
        foreach (var source in textSources)
        {
            texts.AddRange(await source.ForFilesAsync(fileIds, ct));
        }
        return texts.ToLookup(t => t.FileId);
    }

    private Document Build(PackageView view, ILookup<Guid, ExtractedText> texts) =>
        PackageDocument.Build(view, _specialtyNames!.GetValueOrDefault(view.SpecialtyCode), view.Files.SelectMany(f => texts[f.Id]).ToList());
}
