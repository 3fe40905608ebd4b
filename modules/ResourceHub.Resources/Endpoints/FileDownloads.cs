using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Endpoints;

/// <summary>
/// Serving package files safely: Range and the hash as ETag (from the disk by send-file, else a seekable stream), never sniffed or run.
/// Who may open a file is the package's to decide (<see cref="PackageService.GetFileAsync"/>); Media only holds the derived files.
/// </summary>
internal static class FileDownloads
{
    public static async Task<IResult> DownloadAsync(
        Guid fileId, HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, ContentChanges changes, PackageService packages, IBlobStore blobs)
    {
        var ct = context.RequestAborted;
        var (file, package) = await packages.GetFileAsync(user, fileId, ct);
        // On the local disk the file goes by the send-file path (IHttpResponseBodyFeature.SendFileAsync, made short by DirectSendFile); other stores stream it.
        var path = (blobs as ILocalBlobs)?.LocalPath(file.BlobName);
        var stream = path is not null ? null
            : await blobs.OpenReadAsync(file.BlobName, ct) ?? throw new NotFoundException("文件内容暂时无法读取，请稍后再试。");

        var active = ContentTypes.IsActive(file.ContentType);
        var inline = !active && (file.ContentType.StartsWith("image/", StringComparison.Ordinal) || file.ContentType.StartsWith("video/", StringComparison.Ordinal)
            || file.ContentType.StartsWith("audio/", StringComparison.Ordinal) || file.ContentType is "application/pdf" || file.ContentType.StartsWith("text/plain", StringComparison.Ordinal));
        SetSafeHeaders(context.Response, file.Name, inline);

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        await CountAsync(FileFetch.Classify(context.Request, etag, file.Size), package.Id, db, changes, ct);
        if (stream is not null)
        {
            return TypedResults.Stream(stream, file.ContentType, lastModified: file.CreatedAt, entityTag: etag, enableRangeProcessing: true);
        }
        DirectSendFile.Use(context);
        return TypedResults.PhysicalFile(path!, file.ContentType, lastModified: file.CreatedAt, entityTag: etag, enableRangeProcessing: true);
    }

    public static async Task<IResult> ThumbnailAsync(Guid fileId, HttpContext context, ClaimsPrincipal user, PackageService packages, IMediaFiles media)
    {
        var (file, _, stream) = await OpenDerivedAsync(fileId, DerivedKind.Thumbnail, "这个文件还没有缩略图。", context, user, packages, media);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.Stream(stream, "image/jpeg", entityTag: new EntityTagHeaderValue($"\"t{file.Sha256[..16]}\""), enableRangeProcessing: true);
    }

    /// <summary>The PDF of an Office file's pages, served as carefully as the file itself.</summary>
    public static async Task<IResult> PreviewAsync(
        Guid fileId, HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, ContentChanges changes, PackageService packages, IMediaFiles media)
    {
        var (file, blob, stream) = await OpenDerivedAsync(fileId, DerivedKind.Preview, "这个文件没有页面预览（服务器未能生成，或仍在处理中），请查看文字预览或下载原文件。",
            context, user, packages, media);
        SetSafeHeaders(context.Response, Path.GetFileNameWithoutExtension(file.Name) + ".pdf", inline: true);
        // A new preview is a new blob: its name tells versions apart.
        var etag = new EntityTagHeaderValue($"\"p{blob[(blob.LastIndexOf('/') + 1)..]}\"");
        // Reading a preview is viewing, whoever asks: the file itself is what gets downloaded.
        var fetch = FileFetch.Classify(context.Request, etag, stream.CanSeek ? stream.Length : long.MaxValue);
        await CountAsync(fetch == FetchCount.None ? fetch : FetchCount.View, file.PackageId, db, changes, context.RequestAborted);
        return TypedResults.Stream(stream, "application/pdf", entityTag: etag, enableRangeProcessing: true);
    }

    private static async Task<(PackageFile File, string Blob, Stream Stream)> OpenDerivedAsync(
        Guid fileId, DerivedKind kind, string missing, HttpContext context, ClaimsPrincipal user, PackageService packages, IMediaFiles media)
    {
        var ct = context.RequestAborted;
        var (file, _) = await packages.GetFileAsync(user, fileId, ct);
        var derived = await media.OpenDerivedAsync(file.Id, kind, ct) ?? throw new NotFoundException(missing);
        return (file, derived.BlobName, derived.Content);
    }

    /// <summary>A file never runs as part of the site, whatever it holds: never sniffed, sandboxed, named as its owner named it.</summary>
    private static void SetSafeHeaders(HttpResponse response, string fileName, bool inline)
    {
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.CacheControl = "private, no-cache";
    }

    /// <summary>
    /// Adds one to the package's downloads or views. A download also re-indexes the package, so
    /// that 下载最多 in search orders by the real figure.
    /// </summary>
    private static async Task CountAsync(FetchCount fetch, Guid packageId, ResourceHubDbContext db, ContentChanges changes, CancellationToken ct)
    {
        var package = db.Set<ResourcePackage>().Where(p => p.Id == packageId);
        switch (fetch)
        {
            case FetchCount.Download:
                await package.ExecuteUpdateAsync(s => s.SetProperty(p => p.Downloads, p => p.Downloads + 1), ct);
                changes.PackageChanged(packageId);
                await db.SaveChangesAsync(ct);
                break;
            case FetchCount.View:
                await package.ExecuteUpdateAsync(s => s.SetProperty(p => p.Views, p => p.Views + 1), ct);
                break;
        }
    }
}
