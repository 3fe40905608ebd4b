using System.Security.Claims;

namespace ResourceHub.Media.Abstractions;

/// <summary>A resumable upload's target, as its creation named it (the tus metadata), and what it reserves.</summary>
/// <param name="UploadId">The upload whose reserved space the file takes over.</param>
public sealed record UploadToAttach(Guid UploadId, Guid TargetId, string FileName, string? Kind, long Length);

/// <summary>A file an upload became: its id and where to fetch it.</summary>
public sealed record AttachedFile(Guid Id, string Location);

/// <summary>
/// What resumable uploads are for (implemented by the module that owns the target: Resources'
/// packages). Media runs the protocol and keeps the partial bytes; the target decides who may
/// upload where, reserves space and turns the finished bytes into its own file.
/// </summary>
public interface IUploadTarget
{
    /// <summary>
    /// At creation: refuses (404, 403, 409, 400 for a bad kind) unless <paramref name="user"/> may
    /// add a file of <paramref name="length"/> bytes to <paramref name="targetId"/>; returns the
    /// account (a school) whose quota the reserved bytes count against.
    /// </summary>
    Task<Guid> ReserveAsync(ClaimsPrincipal user, Guid targetId, string? kind, long length, CancellationToken ct);

    /// <summary>Before a chunk: 409 unless <paramref name="adding"/> more bytes still fit in the account's quota.</summary>
    Task EnsureRoomAsync(Guid accountId, long adding, CancellationToken ct);

    /// <summary>
    /// On the last chunk: stores <paramref name="content"/> as the target's file, checked as a one-shot
    /// upload is. <paramref name="beforeSave"/> runs inside the target's unit of work, so the upload's
    /// own row is updated in the same commit as the file's.
    /// </summary>
    Task<AttachedFile> AttachAsync(ClaimsPrincipal user, UploadToAttach upload, Stream content, Action<Guid> beforeSave, CancellationToken ct);
}

/// <summary>The space still reserved by an account's resumable uploads in progress (for its quota).</summary>
public interface IUploadReservations
{
    Task<long> ReservedBytesAsync(Guid accountId, Guid? exceptUpload, CancellationToken ct);
}
