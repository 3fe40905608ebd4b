using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Media.Models;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Services;

/// <summary>
/// Resumable uploads (tus 1.0): the bytes received so far are appended to a partial file under
/// the data folder, the offset is whatever reached the disk, and the last chunk turns the whole
/// into a package file through the same checks as a one-shot upload.
/// </summary>
public sealed class UploadSessionService(
    ResourceHubDbContext db, PackageFileService files, SchoolQuota quota, SitePaths paths, IOptions<FilesOptions> options, TimeProvider clock)
{
    public sealed record AppendResult(long Offset, PackageFile? File);

    public async Task<UploadSession> CreateAsync(ClaimsPrincipal user, Guid packageId, string fileName, string? kind, long length, CancellationToken ct)
    {
        var package = await files.GetEditableAsync(user, packageId, ct);
        var name = PackageFileService.CleanName(fileName);
        FileSniffer.ClaimedType(name);
        if (length < 0)
        {
            throw new FieldException("Upload-Length", "Upload-Length 必须是非负整数。");
        }
        if (length > options.Value.MaxFileBytes)
        {
            throw PackageFileService.TooLarge(options.Value.MaxFileBytes);
        }
        await quota.EnsureRoomAsync(package.SchoolId, length, ct);
        var session = new UploadSession
        {
            PackageId = package.Id, SchoolId = package.SchoolId, UserId = user.UserId()!.Value,
            FileName = name, Kind = kind, Length = length, ExpiresAt = clock.GetUtcNow().AddHours(options.Value.UploadExpiryHours),
        };
        await File.WriteAllBytesAsync(PartialPath(session.Id), [], ct);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The caller's own live upload; anyone else's is 404.</summary>
    public async Task<UploadSession> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var session = await db.Set<UploadSession>().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (session is null || session.UserId != user.UserId() || session.ExpiresAt < clock.GetUtcNow())
        {
            throw new NotFoundException("上传不存在或已过期，请重新开始上传。");
        }
        if (session.FileId is null)
        {
            session.Offset = CurrentOffset(session);
        }
        return session;
    }

    /// <summary>Appends a chunk at <paramref name="offset"/>; what arrived before a dropped connection is kept.</summary>
    public async Task<AppendResult> AppendAsync(ClaimsPrincipal user, Guid id, long offset, Stream body, CancellationToken ct)
    {
        var session = await GetAsync(user, id, ct);
        if (session.FileId is not null || offset != session.Offset)
        {
            throw new DomainException(409, "偏移量不一致", $"服务器已收到 {session.Offset} 字节，请从该位置继续上传（先用 HEAD 查询 Upload-Offset）。");
        }
        var dropped = false;
        try
        {
            await using var partial = OpenPartial(session);
            partial.Position = offset;
            var buffer = new byte[1 << 16];
            int read;
            try
            {
                while ((read = await body.ReadAsync(buffer, ct)) > 0)
                {
                    if (partial.Position + read > session.Length)
                    {
                        partial.SetLength(offset);
                        throw new FieldException("Upload-Offset", "数据超出了创建上传时声明的长度（Upload-Length）。");
                    }
                    await partial.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
            {
                // The connection dropped: keep every byte that arrived; the client resumes from there.
                dropped = true;
            }
            await partial.FlushAsync(CancellationToken.None);
            session.Offset = partial.Length;
        }
        finally
        {
            session.ExpiresAt = clock.GetUtcNow().AddHours(options.Value.UploadExpiryHours);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        if (dropped)
        {
            throw new DomainException(400, "连接中断", $"上传在 {session.Offset} 字节处中断，请从该位置继续。");
        }
        return session.Offset == session.Length ? new(session.Offset, await CompleteAsync(user, session, ct)) : new(session.Offset, null);
    }

    public async Task DeleteAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var session = await GetAsync(user, id, ct);
        db.Remove(session);
        await db.SaveChangesAsync(ct);
        File.Delete(PartialPath(session.Id));
    }

    public string PartialPath(Guid id) => Path.Combine(paths.Data("uploads"), $"{id:N}.part");

    private async Task<PackageFile> CompleteAsync(ClaimsPrincipal user, UploadSession session, CancellationToken ct)
    {
        try
        {
            var package = await files.GetEditableAsync(user, session.PackageId, ct);
            await using var partial = File.OpenRead(PartialPath(session.Id));
            var kind = FileKinds.Parse(session.Kind);
            var file = await files.AddAsync(user, package, new(session.FileName, kind, partial, session.Length, session.Id), ct, file => session.FileId = file.Id);
            await partial.DisposeAsync();
            File.Delete(PartialPath(session.Id));
            return file;
        }
        catch (DomainException)
        {
            // Refused as a whole (wrong type, quota, no longer editable): the upload is over.
            db.ChangeTracker.Clear();
            await db.Set<UploadSession>().Where(u => u.Id == session.Id).ExecuteDeleteAsync(CancellationToken.None);
            File.Delete(PartialPath(session.Id));
            throw;
        }
    }

    private FileStream OpenPartial(UploadSession session)
    {
        try
        {
            return new FileStream(PartialPath(session.Id), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        }
        catch (FileNotFoundException)
        {
            throw new NotFoundException("上传的临时数据已不存在，请重新开始上传。");
        }
        catch (IOException)
        {
            throw new DomainException(409, "上传正在进行", "另一个请求正在向这个上传写入数据，请稍后用 HEAD 查询偏移量再继续。");
        }
    }

    private long CurrentOffset(UploadSession session)
    {
        var partial = new FileInfo(PartialPath(session.Id));
        return partial.Exists ? Math.Min(partial.Length, session.Length) : session.Offset;
    }
}
