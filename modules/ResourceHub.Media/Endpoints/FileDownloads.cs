using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Models;
using ResourceHub.Media.Services;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Media.Endpoints;

/// <summary>Serving files safely: seekable streams for Range, the hash as ETag, never sniffed or run.</summary>
internal static class FileDownloads
{
    public static async Task<IResult> DownloadAsync(Guid fileId, HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, PackageService packages, IBlobStore blobs)
    {
        var ct = context.RequestAborted;
        var (file, package) = await packages.GetFileAsync(user, fileId, ct);
        var stream = await blobs.OpenReadAsync(file.BlobName, ct) ?? throw new NotFoundException("文件内容暂时无法读取，请稍后再试。");

        var active = FileTypes.IsActive(file.ContentType);
        var inline = !active && (file.ContentType.StartsWith("image/", StringComparison.Ordinal) || file.ContentType.StartsWith("video/", StringComparison.Ordinal)
            || file.ContentType.StartsWith("audio/", StringComparison.Ordinal) || file.ContentType is "application/pdf" || file.ContentType.StartsWith("text/plain", StringComparison.Ordinal));
        SetSafeHeaders(context.Response, file.Name, inline);

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        if (CountsAsDownload(context.Request, etag))
        {
            await db.Set<ResourcePackage>().Where(p => p.Id == package.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Downloads, p => p.Downloads + 1), ct);
        }
        return TypedResults.Stream(stream, file.ContentType, lastModified: file.CreatedAt, entityTag: etag, enableRangeProcessing: true);
    }

    public static async Task<IResult> ThumbnailAsync(Guid fileId, HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, PackageService packages, IBlobStore blobs)
    {
        var (file, _, stream) = await OpenDerivedAsync(fileId, p => p.ThumbnailBlob, "这个文件还没有缩略图。", context, user, db, packages, blobs);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.Stream(stream, "image/jpeg", entityTag: new EntityTagHeaderValue($"\"t{file.Sha256[..16]}\""), enableRangeProcessing: true);
    }

    /// <summary>The PDF of an Office file's pages, served as carefully as the file itself.</summary>
    public static async Task<IResult> PreviewAsync(Guid fileId, HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, PackageService packages, IBlobStore blobs)
    {
        var (file, blob, stream) = await OpenDerivedAsync(fileId, p => p.PreviewBlob, "这个文件没有页面预览（服务器未能生成，或仍在处理中），请查看文字预览或下载原文件。",
            context, user, db, packages, blobs);
        SetSafeHeaders(context.Response, Path.GetFileNameWithoutExtension(file.Name) + ".pdf", inline: true);
        // A new preview is a new blob: its name tells versions apart.
        var etag = new EntityTagHeaderValue($"\"p{blob[(blob.LastIndexOf('/') + 1)..]}\"");
        return TypedResults.Stream(stream, "application/pdf", entityTag: etag, enableRangeProcessing: true);
    }

    private static async Task<(PackageFile File, string Blob, Stream Stream)> OpenDerivedAsync(
        Guid fileId, Expression<Func<FileProcessing, string?>> blobOf, string missing,
        HttpContext context, ClaimsPrincipal user, ResourceHubDbContext db, PackageService packages, IBlobStore blobs)
    {
        var ct = context.RequestAborted;
        var (file, _) = await packages.GetFileAsync(user, fileId, ct);
        var blob = await db.Set<FileProcessing>().Where(p => p.FileId == file.Id).Select(blobOf).FirstOrDefaultAsync(ct);
        var stream = blob is null ? null : await blobs.OpenReadAsync(blob, ct);
        return stream is null ? throw new NotFoundException(missing) : (file, blob!, stream);
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

    /// <summary>A full or first-range fetch that the client does not already hold counts once.</summary>
    private static bool CountsAsDownload(HttpRequest request, EntityTagHeaderValue etag)
    {
        if (request.Headers.IfNoneMatch.Count > 0 && request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.Value!, StringComparison.Ordinal))
        {
            return false;
        }
        var range = request.Headers.Range.ToString();
        return range.Length == 0 || range.StartsWith("bytes=0-", StringComparison.Ordinal);
    }
}
