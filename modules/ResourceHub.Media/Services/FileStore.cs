using Microsoft.Extensions.Options;
using ResourceHub.Core.Content;
using ResourceHub.Core.Diagnostics;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;

namespace ResourceHub.Media.Services;

/// <summary>
/// Stores an upload's bytes as a checked blob: streamed (never held in memory), hashed, capped and
/// sniffed on the way; a refused upload deletes its blob at once. The owner writes its row after.
/// On the local disk a committed resumable upload is renamed into place rather than copied.
/// </summary>
public sealed class FileStore(IBlobStore blobs, IOptions<FilesOptions> options, SiteMetrics metrics) : IFileStore
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public string AllowedTypes => FileTypes.AllowedList;

    public string CheckName(string? fileName)
    {
        var name = CleanName(fileName);
        FileSniffer.ClaimedType(name);
        return name;
    }

    public async Task<StoredFile> StoreAsync(string fileName, Stream content, long? declaredLength, Func<long, Task> ensureRoom, CancellationToken ct)
    {
        var name = CleanName(fileName);
        var type = FileSniffer.ClaimedType(name);
        var max = MaxFileBytes;
        if (declaredLength > max)
        {
            throw TooLarge(max);
        }
        await ensureRoom(declaredLength ?? 0);

        var blobName = BlobNames.New();
        // A finished resumable upload is already a blob on this disk: read once for the hash and the checks, then renamed.
        var local = blobs as ILocalBlobs;
        var source = local?.BlobOf(content) is { } read && UploadBlockWriter.IsUploadBlob(read) ? read : null;
        await using var hashing = new HashingReadStream(content, max, hashBeside: local is not null);
        try
        {
            if (source is null)
            {
                await blobs.PutAsync(blobName, hashing, ct);
            }
            else
            {
                await hashing.CopyToAsync(Stream.Null, 1 << 20, ct);
            }
            await FileSniffer.VerifyAsync(type, hashing.Header, () => blobs.OpenReadAsync(source ?? blobName, ct), ct);
            await ensureRoom(hashing.BytesRead);
            if (source is not null)
            {
                await local!.MoveAsync(source, blobName, ct);
            }
            metrics.UploadBytes.Add(hashing.BytesRead, new KeyValuePair<string, object?>("stage", "stored"));
            return new StoredFile(name, blobName, hashing.BytesRead, type.ContentType, hashing.Sha256Hex());
        }
        catch (Exception e)
        {
            // Nothing half-written stays behind: no row will name these bytes, so they go.
            await blobs.DeleteAsync(blobName, CancellationToken.None);
            if (e is FileTooLargeException || FindTooLarge(e))
            {
                throw TooLarge(max);
            }
            throw;
        }
    }

    public Task DeleteAsync(string blobName, CancellationToken ct) => blobs.DeleteAsync(blobName, ct);

    public Exception TooLarge() => TooLarge(MaxFileBytes);

    public static DomainException TooLarge(long max) =>
        new(413, "文件过大", $"单个文件不能超过 {FileSizes.Format(max)}。请压缩或拆分后再上传。");

    /// <summary>The user's name for display and download, without any path a client sent along.</summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
        {
            throw new FieldException("file", "请选择要上传的文件（缺少文件名）。");
        }
        if (name.Length > 255)
        {
            var extension = Path.GetExtension(name);
            name = name[..(255 - extension.Length)] + extension;
        }
        return name;
    }

    // Kestrel reports a body past MaxRequestBodySize as a BadHttpRequestException with 413.
    private static bool FindTooLarge(Exception e) =>
        e is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: 413 }
        || (e.InnerException is not null && FindTooLarge(e.InnerException));
}
