using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Media.Services;

/// <summary>
/// Adding and removing a package's files. Order matters for consistency: the blob is written
/// first and the row after it, so a crash leaves at worst bytes without a row (the sweeper's
/// to clear), never a row without bytes; a refused upload deletes its blob at once.
/// </summary>
public sealed class PackageFileService(
    ResourceHubDbContext db, PackageService packages, IBlobStore blobs, MediaQueue queue, SchoolQuota quota,
    ContentChanges changes, IEnumerable<IPackageEditObserver> observers, IOptions<FilesOptions> options)
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
        var name = CleanName(input.FileName);
        var type = FileSniffer.ClaimedType(name);
        var max = options.Value.MaxFileBytes;
        if (input.DeclaredLength > max)
        {
            throw TooLarge(max);
        }
        await quota.EnsureRoomAsync(package.SchoolId, input.DeclaredLength ?? 0, ct, input.FromUpload);

        var blobName = BlobNames.New();
        await using var hashing = new HashingReadStream(input.Content, max);
        try
        {
            await blobs.PutAsync(blobName, hashing, ct);
            await FileSniffer.VerifyAsync(type, hashing.Header, () => blobs.OpenReadAsync(blobName, ct), ct);
            await quota.EnsureRoomAsync(package.SchoolId, hashing.BytesRead, ct, input.FromUpload);
            var file = package.AddFile(name, hashing.BytesRead, type.ContentType, hashing.Sha256Hex(), blobName, input.Kind);
            // The id is set on creation, so EF would take the new row for an existing one without this.
            db.Add(file);
            queue.FileAdded(file, type);
            changes.PackageChanged(package.Id);
            Record(actor, package, $"上传文件 {name}");
            beforeSave?.Invoke(file);
            await db.SaveChangesAsync(ct);
            queue.Wake();
            return file;
        }
        catch (Exception e)
        {
            // Nothing half-written stays behind: the row was not written, so the bytes go.
            await blobs.DeleteAsync(blobName, CancellationToken.None);
            if (e is FileTooLargeException || FindTooLarge(e))
            {
                throw TooLarge(max);
            }
            throw;
        }
    }

    /// <summary>Removes a current file; its bytes go too unless an earlier version holds it.</summary>
    public async Task DeleteAsync(ClaimsPrincipal user, Guid packageId, Guid fileId, CancellationToken ct)
    {
        var package = await GetEditableAsync(user, packageId, ct);
        var file = package.CurrentFiles().FirstOrDefault(f => f.Id == fileId) ?? throw new NotFoundException("这个资源包里没有该文件。");
        var gone = package.RemoveFile(file);
        Record(user, package, $"删除文件 {file.Name}");
        IReadOnlyList<string> derived = gone ? await queue.ForgetAsync(file.Id, ct) : [];
        changes.PackageChanged(package.Id);
        await db.SaveChangesAsync(ct);
        if (gone)
        {
            // After the commit: a crash here leaves bytes without a row, which the sweeper clears.
            foreach (var blob in derived.Prepend(file.BlobName))
            {
                await blobs.DeleteAsync(blob, CancellationToken.None);
            }
        }
    }

    /// <summary>File changes belong to the package's history, written in the same save.</summary>
    private void Record(ClaimsPrincipal actor, ResourcePackage package, string what)
    {
        foreach (var observer in observers)
        {
            observer.Edited(actor, package, what);
        }
    }

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
