namespace ResourceHub.Media.Models;

/// <summary>
/// Derived work on one file, queued in the same SaveChanges as the file's row so that an upload
/// and its jobs commit together; a worker claims it, and a claim whose lease ran out (a node
/// that died mid-job) is claimed again, so a restart loses no job.
/// </summary>
public sealed class MediaJob
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FileId { get; init; }
    public MediaJobKind Kind { get; init; }
    public MediaJobState State { get; set; } = MediaJobState.Pending;
    public int Attempts { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
    /// <summary>While running: when the claim lapses and another worker may take the job over.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}

public enum MediaJobKind
{
    ExtractText,
    Thumbnail,
    /// <summary>A PDF of an Office file's pages, and the thumbnail from its first page.</summary>
    Preview,
}

public enum MediaJobState
{
    Pending,
    Running,
    Done,
    Failed,
}
