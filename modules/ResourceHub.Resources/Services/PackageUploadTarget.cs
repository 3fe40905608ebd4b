using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Resumable uploads (Media's tus endpoints) into a package: the upload names the package, and its
/// school's teachers may add a file of that size; the finished bytes become a file of the package.
/// </summary>
public sealed class PackageUploadTarget(PackageFileService files, SchoolQuota quota) : IUploadTarget
{
    public Task EnsureRoomAsync(Guid accountId, long adding, CancellationToken ct) => quota.EnsureRoomAsync(accountId, adding, ct);

    public async Task<Guid> ReserveAsync(ClaimsPrincipal user, Guid targetId, string? kind, long length, CancellationToken ct)
    {
        FileKinds.Parse(kind);
        var package = await files.GetEditableAsync(user, targetId, ct);
        await quota.EnsureRoomAsync(package.SchoolId, length, ct);
        return package.SchoolId;
    }

    public async Task<AttachedFile> AttachAsync(ClaimsPrincipal user, UploadToAttach upload, Stream content, Action<Guid> beforeSave, CancellationToken ct)
    {
        var package = await files.GetEditableAsync(user, upload.TargetId, ct);
        var input = new PackageFileService.NewFile(upload.FileName, FileKinds.Parse(upload.Kind), content, upload.Length, upload.UploadId);
        var file = await files.AddAsync(user, package, input, ct, f => beforeSave(f.Id));
        return new AttachedFile(file.Id, $"/api/v1/files/{file.Id}");
    }
}

/// <summary>Every version's file blobs: removed files of stored versions keep their bytes, so the sweeper keeps them too.</summary>
public sealed class PackageBlobReferences(ResourceHubDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(CancellationToken ct) =>
        await db.Set<PackageFile>().Select(f => f.BlobName).ToListAsync(ct);
}
