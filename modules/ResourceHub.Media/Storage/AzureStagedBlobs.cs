using System.Text;
using Azure;
using Azure.Storage.Blobs.Specialized;
using ResourceHub.Core.Storage;

namespace ResourceHub.Media.Storage;

/// <summary>
/// Staged blocks are Azure's own uncommitted blocks of the block blob: durable once staged,
/// invisible until the block list is committed, reachable from every node.
/// </summary>
public sealed partial class AzureBlobStore : IStagedBlobs
{
    public async Task StageAsync(string name, string blockId, ReadOnlyMemory<byte> block, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        await using var content = new MemoryStream(block.ToArray(), writable: false);
        await Block(name).StageBlockAsync(AzureId(blockId), content, cancellationToken: ct);
    }

    public async Task CommitAsync(string name, IReadOnlyList<string> blockIds, CancellationToken ct = default) =>
        await Block(name).CommitBlockListAsync(blockIds.Select(AzureId), cancellationToken: ct);

    public async Task DiscardAsync(string name, CancellationToken ct = default)
    {
        // Committing an empty list drops the uncommitted blocks at once (left alone, Azure keeps them for a week).
        try
        {
            await Block(name).CommitBlockListAsync([], cancellationToken: ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return;
        }
        await DeleteAsync(name, ct);
    }

    private BlockBlobClient Block(string name) => container.GetBlockBlobClient(name);

    /// <summary>Azure wants Base64 block ids of one length per blob; ours are ASCII of one length.</summary>
    private static string AzureId(string blockId) => Convert.ToBase64String(Encoding.ASCII.GetBytes(blockId));
}
