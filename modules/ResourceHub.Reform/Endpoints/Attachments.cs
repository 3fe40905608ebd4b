using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public sealed record AttachmentDto(Guid Id, string Name, long Size, string ContentType, string Sha256, DateTimeOffset CreatedAt, string Href)
{
    public static AttachmentDto From(ReformAttachment a) => new(a.Id, a.Name, a.Size, a.ContentType, a.Sha256, a.CreatedAt, $"/api/v1/reform-attachments/{a.Id}");
}

/// <summary>The upload and download shared by applications' attachments and nominations' evidence.</summary>
public static class Attachments
{
    public static void EnsureMayAttach(ClaimsPrincipal user, Guid schoolId, bool open, string closedReason)
    {
        if (!user.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能为本校的申报或参评项目上传材料。");
        }
        if (!open)
        {
            throw new ConflictException(closedReason);
        }
    }

    public static async Task<Created<AttachmentDto>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, AttachmentService files, AttachmentOwner owner, Guid ownerId, CancellationToken ct)
    {
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { } file)
        {
            throw new FieldException("file", "请上传文件（multipart/form-data 字段 file）。");
        }
        await using var stream = file.OpenReadStream();
        var saved = await files.AddAsync(owner, ownerId, user.UserId()!.Value, file.FileName, file.ContentType, stream, ct);
        return TypedResults.Created($"/api/v1/reform-attachments/{saved.Id}", AttachmentDto.From(saved));
    }

    /// <summary>A file is served to whoever may see what it is attached to; always as a download.</summary>
    public static void MapAttachmentDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/v1/reform-attachments", "专业申报")
            .MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, AttachmentService files, ApplicationService applications, EvaluationService evaluations, CancellationToken ct) =>
            {
                var attachment = await files.FindAsync(id, ct);
                if (attachment.Owner == AttachmentOwner.Application)
                {
                    await applications.GetAsync(user, attachment.OwnerId, ct);
                }
                else
                {
                    await evaluations.EnsureMaySeeEvidenceAsync(user, attachment.OwnerId, ct);
                }
                return Results.File(await files.OpenAsync(attachment, ct), "application/octet-stream", attachment.Name);
            })
            .RequireAuthorization()
            .WithSummary("下载申报附件或评选佐证材料（能查看该申报或参评项目的人）");
}
