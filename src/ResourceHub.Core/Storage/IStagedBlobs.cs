namespace ResourceHub.Core.Storage;

/// <summary>
/// A blob assembled from blocks sent over time, possibly to different nodes (resumable uploads):
/// a staged block is durable once <see cref="StageAsync"/> returns, yet invisible under any name
/// until <see cref="CommitAsync"/> puts the listed blocks together, in order, as one blob.
/// Azure Blob Storage: staged blocks and a committed block list; file system: block files under
/// the shared data folder.
/// </summary>
public interface IStagedBlobs
{
    /// <summary>Stores <paramref name="block"/> as block <paramref name="blockId"/> of <paramref name="name"/> (ids of one blob have one length).</summary>
    Task StageAsync(string name, string blockId, ReadOnlyMemory<byte> block, CancellationToken ct = default);

    /// <summary>Makes the listed blocks, in this order, the blob <paramref name="name"/>; blocks not listed are dropped.</summary>
    Task CommitAsync(string name, IReadOnlyList<string> blockIds, CancellationToken ct = default);

    /// <summary>Drops every staged block of <paramref name="name"/> and the committed blob, if any.</summary>
    Task DiscardAsync(string name, CancellationToken ct = default);
}
