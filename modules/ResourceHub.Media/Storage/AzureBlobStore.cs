using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ResourceHub.Core.Storage;
using BlobInfo = ResourceHub.Core.Storage.BlobInfo;

namespace ResourceHub.Media.Storage;

/// <summary>
/// Blobs in one Azure Blob Storage container. Uploads go up as staged blocks and become visible
/// only when the block list is committed, so a dropped upload never shows as a blob.
/// </summary>
public sealed partial class AzureBlobStore(BlobContainerClient container) : IBlobStore
{
    private int _created;

    public async Task PutAsync(string name, Stream content, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        var options = new BlobUploadOptions
        {
            TransferOptions = new Azure.Storage.StorageTransferOptions
            {
                // Bounded memory: at most two 4 MiB blocks in flight, whatever the file size.
                MaximumConcurrency = 2,
                InitialTransferSize = 4 << 20,
                MaximumTransferSize = 4 << 20,
            },
        };
        await container.GetBlobClient(name).UploadAsync(content, options, ct);
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken ct = default)
    {
        try
        {
            return await container.GetBlobClient(name).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = 1 << 20 }, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<BlobInfo?> GetInfoAsync(string name, CancellationToken ct = default)
    {
        try
        {
            var properties = (await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: ct)).Value;
            return new BlobInfo(name, properties.ContentLength, properties.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        try
        {
            return (await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: ct)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        await foreach (var item in container.GetBlobsAsync(cancellationToken: ct))
        {
            yield return new BlobInfo(item.Name, item.Properties.ContentLength ?? 0, item.Properties.LastModified ?? DateTimeOffset.UtcNow);
        }
    }

    public async Task CheckAsync(CancellationToken ct = default) => await EnsureContainerAsync(ct, force: true);

    private async Task EnsureContainerAsync(CancellationToken ct, bool force = false)
    {
        if (force || Volatile.Read(ref _created) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: ct);
            Volatile.Write(ref _created, 1);
        }
    }
}
