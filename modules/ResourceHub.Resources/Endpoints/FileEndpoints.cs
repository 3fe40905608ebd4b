using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using ResourceHub.Core.Http;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Endpoints;

/// <summary>A package's files: one-shot upload and delete, download, thumbnail and preview (the bytes and derived files are Media's).</summary>
public static class FileEndpoints
{
    // Room for the multipart boundaries and part headers around the file itself.
    private const long MultipartOverhead = 1 << 20;

    public static void MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var packages = endpoints.MapApiGroup("/api/v1/packages", "资源包文件");
        packages.MapPost("/{id:guid}/files", Upload)
            .RequireAuthorization(ResourcePermissions.EditPackages.Name)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("上传文件到资源包（multipart/form-data，字段 file）")
            .WithDescription("流式写入存储并计算 SHA-256。可选字段 kind（写在 file 之前）或查询参数 ?kind= 标明文件类别（Textbook、WorkPage、CaseLibrary、Courseware、Video）。"
                + "超过大小上限 413；类型不在允许列表或内容与扩展名不符 415；学校存储空间已满 409。大文件请用可续传上传 /api/v1/uploads。");
        packages.MapDelete("/{id:guid}/files/{fileId:guid}", Delete)
            .RequireAuthorization(ResourcePermissions.EditPackages.Name)
            .WithSummary("删除资源包中的文件（仅草稿或已退回）");

        var files = endpoints.MapApiGroup("/api/v1/files", "资源包文件");
        files.MapGet("/{fileId:guid}", FileDownloads.DownloadAsync)
            .WithSummary("下载文件")
            .WithDescription("支持 Range（206）、ETag / If-None-Match（304）。HTML、SVG、XML、脚本等可执行类型只作为附件下载。");
        files.MapGet("/{fileId:guid}/thumbnail", FileDownloads.ThumbnailAsync).WithSummary("文件缩略图（JPEG）");
        files.MapGet("/{fileId:guid}/preview", FileDownloads.PreviewAsync)
            .WithSummary("Office 文件的页面预览（PDF）")
            .WithDescription("服务器装有 LibreOffice 时，Word、PowerPoint 文件转换成的 PDF；支持 Range 与 ETag。没有预览时 404，文件 DTO 的 previewUrl 为 null。");
    }

    private static async Task<Created<FileDto>> Upload(
        Guid id, HttpContext context, ClaimsPrincipal user, PackageFileService files, IMediaFiles media, IFileStore store, string? kind = null)
    {
        await UploadGuard.ValidateAsync(context, store.MaxFileBytes + MultipartOverhead);
        var package = await files.GetEditableAsync(user, id, context.RequestAborted);
        var boundary = Boundary(context.Request);
        // Off the request's pipe: the file's bytes go from the receive buffers to the store's buffer in one copy.
        var reader = new MultipartBodyReader(context.Request.BodyReader, boundary);
        var fileKind = FileKinds.Parse(kind);
        while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition() && name == "file")
            {
                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                var file = await files.AddAsync(user, package, new(fileName ?? "", fileKind, section.Body, null), context.RequestAborted);
                return TypedResults.Created($"/api/v1/files/{file.Id}", FileDto.From(file, media.QueuedDetails(file.Id)));
            }
            if (name == "kind")
            {
                using var value = new StreamReader(section.Body);
                var text = new char[40];
                var read = await value.ReadBlockAsync(text, context.RequestAborted);
                fileKind = FileKinds.Parse(new string(text, 0, read).Trim());
            }
        }
        throw new FieldException("file", "请求中没有名为 file 的文件字段。");
    }

    private static async Task<NoContent> Delete(Guid id, Guid fileId, ClaimsPrincipal user, PackageFileService files, HttpContext context)
    {
        await UploadGuard.ValidateAsync(context, 0);
        await files.DeleteAsync(user, id, fileId, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static string Boundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new FieldException("file", "请以 multipart/form-data 格式上传，文件放在字段 file 中。");
        }
        return boundary;
    }
}
