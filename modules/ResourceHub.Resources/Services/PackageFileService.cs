using System.Security.Claims;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Adding and removing a package's files. Order matters for consistency: the blob is written
/// first (by the Media file store) and the row after it, so a crash leaves at worst bytes without
/// a row (the sweeper's to clear), never a row without bytes; a refused upload deletes its blob at once.
/// The package's events queue the file's processing, its index task and its history entry in the same save.
/// </summary>
public sealed class PackageFileService(ResourceHubDbContext db, PackageService packages, IFileStore store, IMediaFiles media, SchoolQuota quota)
{
    /// <summary>A file to add; <paramref name="FromUpload"/> names the resumable upload whose reserved space it takes over.</summary>
    public sealed record NewFile(string FileName, ResourceType? Kind, Stream Content, long? DeclaredLength, Guid? FromUpload = null);

    public async Task<ResourcePackage> GetEditableAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct)
    {
        var package = await packages.GetEditableAsync(user, packageId, ct);
        package.EnsureEditable();
        return package;
    }

    /// <summary>Streams the bytes into a new blob and, when they pass every check, adds the file.</summary>
    public async Task<PackageFile> AddAsync(ClaimsPrincipal actor, ResourcePackage package, NewFile input, CancellationToken ct, Action<PackageFile>? beforeSave = null)
    {
        var stored = await store.StoreAsync(input.FileName, input.Content, input.DeclaredLength,
            bytes => quota.EnsureRoomAsync(package.SchoolId, bytes, ct, input.FromUpload), ct);
        try
        {
            var file = package.AddFile(actor, stored.Name, stored.Size, stored.ContentType, stored.Sha256, stored.BlobName, input.Kind);
            // The id is set on creation, so EF would take the new row for an existing one without this.
            db.Add(file);
            beforeSave?.Invoke(file);
            await db.SaveChangesAsync(ct);
            media.Wake();
            return file;
        }
        catch
        {
            // Nothing half-written stays behind: the row was not written, so the bytes go.
            await store.DeleteAsync(stored.BlobName, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Removes a current file; its bytes go too unless an earlier version holds it.</summary>
    public async Task DeleteAsync(ClaimsPrincipal user, Guid packageId, Guid fileId, CancellationToken ct)
    {
        var package = await GetEditableAsync(user, packageId, ct);
        var file = package.CurrentFiles().FirstOrDefault(f => f.Id == fileId) ?? throw new NotFoundException("这个资源包里没有该文件。");
        var gone = package.RemoveFile(user, file);
        // One transaction: the media module drops the file's jobs at once, the rest is saved here.
        var derived = await db.InTransactionAsync(async () =>
        {
            IReadOnlyList<string> blobs = gone ? await media.ForgetAsync(file.Id, ct) : [];
            await db.SaveChangesAsync(ct);
            return blobs;
        }, ct);
        if (gone)
        {
            // After the commit: a crash here leaves bytes without a row, which the sweeper clears.
            foreach (var blob in derived.Prepend(file.BlobName))
            {
                await store.DeleteAsync(blob, CancellationToken.None);
            }
        }
    }
}
