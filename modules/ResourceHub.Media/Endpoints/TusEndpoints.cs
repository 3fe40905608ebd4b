using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Http;
using ResourceHub.Media.Models;
using ResourceHub.Media.Services;

namespace ResourceHub.Media.Endpoints;

/// <summary>
/// Resumable uploads by tus 1.0 (core, creation, termination), so that any tus client
/// (tus-js-client, tusd's tools) works, and a dropped connection resumes where it stopped.
/// </summary>
public static class TusEndpoints
{
    public const string Version = "1.0.0";

    private const string Flow =
        "可续传上传（tus 1.0：core、creation、termination）。流程：① POST /api/v1/uploads，头 Tus-Resumable: 1.0.0、Upload-Length: 总字节数、"
        + "Upload-Metadata: filename <base64>,packageId <base64>[,kind <base64>]，得到 201 与 Location；② 多次 PATCH Location，"
        + "Content-Type: application/offset+octet-stream，Upload-Offset: 已上传字节数，请求体为下一段数据，答 204 与新的 Upload-Offset；"
        + "③ 连接中断后 HEAD Location 取得 Upload-Offset，从那里继续；④ 最后一段写完即成为资源包文件，响应头 ResourceHub-File-Id 给出文件 id"
        + "（也可 GET Location 查询 fileId）；类型不符 415、超限 413、配额已满 409 都在这一步或创建时返回。DELETE Location 放弃上传。"
        + "未完成的上传在 ResourceHub:Files:UploadExpiryHours（默认 24 小时）无活动后过期并被清理。";

    public static void MapTusEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/uploads", "可续传上传（tus）");
        group.MapMethods("/", ["OPTIONS"], Options).AllowAnonymous().WithSummary("tus 能力查询").WithDescription(Flow);
        // The permission of those who add files to packages, by its policy name (Media references no module).
        const string edit = "EditPackages";
        group.MapPost("/", Create).RequireAuthorization(edit).DisableAntiforgery().WithSummary("创建可续传上传").WithDescription(Flow);
        group.MapMethods("/{id:guid}", ["HEAD"], Head).RequireAuthorization(edit).WithSummary("查询已上传的偏移量（Upload-Offset）");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(edit).WithSummary("查询上传状态（JSON：offset、length、fileId）");
        group.MapPatch("/{id:guid}", Patch).RequireAuthorization(edit).DisableAntiforgery()
            .WithSummary("上传下一段数据").WithDescription(Flow);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(edit).DisableAntiforgery().WithSummary("放弃上传（termination）");
    }

    public sealed record UploadDto(Guid Id, Guid PackageId, string FileName, long Length, long Offset, Guid? FileId, DateTimeOffset ExpiresAt)
    {
        public static UploadDto From(UploadSession s) => new(s.Id, s.TargetId, s.FileName, s.Length, s.Offset, s.FileId, s.ExpiresAt);
    }

    private static IResult Options(HttpContext context, IOptions<FilesOptions> options)
    {
        var headers = context.Response.Headers;
        headers["Tus-Resumable"] = Version;
        headers["Tus-Version"] = Version;
        headers["Tus-Extension"] = "creation,termination";
        headers["Tus-Max-Size"] = options.Value.MaxFileBytes.ToString();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Create(HttpContext context, ClaimsPrincipal user, UploadSessionService uploads, IOptions<FilesOptions> options)
    {
        await CheckVersionAsync(context, 0);
        var length = LongHeader(context, "Upload-Length") ?? throw new FieldException("Upload-Length", "需要 Upload-Length 头（文件总字节数）。");
        var metadata = ParseMetadata(context.Request.Headers["Upload-Metadata"].ToString());
        // The target's id; "packageId" is its name in the API contract (the only target is a package today).
        var packageText = metadata.GetValueOrDefault("packageId") ?? context.Request.Query["packageId"].ToString();
        if (!Guid.TryParse(packageText, out var packageId))
        {
            throw new FieldException("packageId", "Upload-Metadata 中需要 packageId（资源包 id）。");
        }
        var fileName = metadata.GetValueOrDefault("filename") ?? metadata.GetValueOrDefault("name") ?? "";
        // The kind is the target's to check (ReserveAsync), as everything else about the package.
        var kind = metadata.GetValueOrDefault("kind");
        var session = await uploads.CreateAsync(user, packageId, fileName, kind, length, context.RequestAborted);
        var location = $"/api/v1/uploads/{session.Id}";
        context.Response.Headers["Upload-Offset"] = "0";
        return TypedResults.Created(location, UploadDto.From(session));
    }

    private static async Task<IResult> Head(Guid id, HttpContext context, ClaimsPrincipal user, UploadSessionService uploads)
    {
        var session = await uploads.GetAsync(user, id, context.RequestAborted);
        var headers = context.Response.Headers;
        headers["Tus-Resumable"] = Version;
        headers["Upload-Offset"] = session.Offset.ToString();
        headers["Upload-Length"] = session.Length.ToString();
        headers.CacheControl = "no-store";
        if (session.FileId is { } fileId)
        {
            headers["ResourceHub-File-Id"] = fileId.ToString();
        }
        return TypedResults.Ok();
    }

    private static async Task<IResult> Get(Guid id, HttpContext context, ClaimsPrincipal user, UploadSessionService uploads)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(UploadDto.From(await uploads.GetAsync(user, id, context.RequestAborted)));
    }

    private static async Task<IResult> Patch(Guid id, HttpContext context, ClaimsPrincipal user, UploadSessionService uploads, IOptions<FilesOptions> options)
    {
        await CheckVersionAsync(context, options.Value.MaxFileBytes);
        if (!string.Equals(context.Request.ContentType, "application/offset+octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(415, "请求格式不受支持", "PATCH 的 Content-Type 必须是 application/offset+octet-stream。");
        }
        var offset = LongHeader(context, "Upload-Offset") ?? throw new FieldException("Upload-Offset", "需要 Upload-Offset 头。");
        var result = await uploads.AppendAsync(user, id, offset, context.Request.Body, context.RequestAborted);
        context.Response.Headers["Upload-Offset"] = result.Offset.ToString();
        if (result.File is { } file)
        {
            context.Response.Headers["ResourceHub-File-Id"] = file.Id.ToString();
            context.Response.Headers.Location = file.Location;
        }
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Delete(Guid id, HttpContext context, ClaimsPrincipal user, UploadSessionService uploads)
    {
        await CheckVersionAsync(context, 0);
        await uploads.DeleteAsync(user, id, context.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>Every answer names the protocol version; a client speaking another one gets 412.</summary>
    private static async Task CheckVersionAsync(HttpContext context, long maxBody)
    {
        context.Response.Headers["Tus-Resumable"] = Version;
        var asked = context.Request.Headers["Tus-Resumable"].ToString();
        if (asked.Length > 0 && asked != Version)
        {
            context.Response.Headers["Tus-Version"] = Version;
            throw new DomainException(412, "协议版本不受支持", $"本站支持 tus {Version}。");
        }
        await UploadGuard.ValidateAsync(context, maxBody);
    }

    private static long? LongHeader(HttpContext context, string name)
    {
        var text = context.Request.Headers[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        return long.TryParse(text, System.Globalization.NumberStyles.None, null, out var value)
            ? value
            : throw new FieldException(name, $"{name} 必须是非负整数。");
    }

    /// <summary>tus metadata: comma-separated "key base64value" pairs.</summary>
    internal static Dictionary<string, string> ParseMetadata(string header)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(' ', 2, StringSplitOptions.TrimEntries);
            try
            {
                result[parts[0]] = parts.Length == 2 ? Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])) : "";
            }
            catch (FormatException)
            {
                throw new FieldException("Upload-Metadata", $"Upload-Metadata 中 {parts[0]} 的值不是有效的 Base64。");
            }
        }
        return result;
    }
}
