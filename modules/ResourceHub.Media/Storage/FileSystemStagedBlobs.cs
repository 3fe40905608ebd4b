using ResourceHub.Core.Storage;

namespace ResourceHub.Media.Storage;

/// <summary>Staged blocks on disk: one file per block in a folder per blob, joined into the blob on commit.</summary>
public sealed partial class FileSystemBlobStore : IStagedBlobs
{
    public Task StageAsync(string name, string blockId, ReadOnlyMemory<byte> block, CancellationToken ct = default) =>
        WriteAtomicallyAsync(BlockPath(name, blockId), direct: false, file => file.WriteAsync(block, ct).AsTask(), ct);

    public async Task CommitAsync(string name, IReadOnlyList<string> blockIds, CancellationToken ct = default)
    {
        await WriteAtomicallyAsync(PathOf(name), direct: false, async file =>
        {
            foreach (var id in blockIds)
            {
                await using var block = File.OpenRead(BlockPath(name, id));
                await OverlappedCopy.CopyAsync(block, file, CopyBufferBytes, ct);
            }
        }, ct);
        // The blocks stay until discarded, so that a commit whose attach failed can be made again.
    }

    public async Task DiscardAsync(string name, CancellationToken ct = default)
    {
        DeleteStaging(name);
        await DeleteAsync(name, ct);
    }

    private void DeleteStaging(string name)
    {
        var folder = StagingFolder(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string StagingFolder(string name)
    {
        PathOf(name);
        return Path.Combine(_staging, name.Replace('/', '_'));
    }

    private string BlockPath(string name, string blockId) =>
        blockId.Length is > 0 and <= 64 && blockId.All(char.IsAsciiLetterOrDigit)
            ? Path.Combine(StagingFolder(name), blockId)
            : throw new ArgumentException($"not a block id: {blockId}", nameof(blockId));
}
