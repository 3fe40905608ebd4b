using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Standards.Services;

namespace ResourceHub.Search.Indexing;

/// <summary>Reads packages through the Resources model and turns them into documents.</summary>
public sealed class PackageDocumentSource(ResourceHubDbContext db, SpecialtyService specialties, PackageFileIds fileIds, IEnumerable<IExtractedTextSource> textSources)
{
    private Dictionary<string, string>? _specialtyNames;

    /// <summary>The document of each package; null for one that no longer exists.</summary>
    public async Task<List<(Guid Id, Document? Document)>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var result = new List<(Guid, Document?)>();
        foreach (var id in ids)
        {
            result.Add((id, packages.TryGetValue(id, out var package) ? await BuildAsync(package, ct) : null));
        }
        return result;
    }

    /// <summary>Every package, a batch at a time.</summary>
    public async IAsyncEnumerable<Document> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await db.Set<ResourcePackage>().AsNoTracking().Select(p => p.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(200))
        {
            foreach (var (_, document) in await LoadAsync(chunk, ct))
            {
                if (document is not null)
                {
                    yield return document;
                }
            }
        }
    }

    private async Task<Document> BuildAsync(ResourcePackage package, CancellationToken ct)
    {
        _specialtyNames ??= (await specialties.ListAsync(ct)).ToDictionary(s => s.Code, s => s.Name);
        var texts = new List<ExtractedText>();
        var files = await fileIds.OfAsync(package.Id, PackageView.Working, ct);
        foreach (var source in textSources)
        {
            texts.AddRange(await source.ForFilesAsync(files, ct));
        }
        return PackageDocument.Build(package, _specialtyNames.GetValueOrDefault(package.SpecialtyCode), texts);
    }
}
