namespace ResourceHub.Review.Models;

/// <summary>
/// A reviewer's decision and 审核意见, kept forever with the version and file hashes it was about.
/// </summary>
public sealed class ReviewDecision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewId { get; init; }
    public Guid ReviewerId { get; init; }
    public required string ReviewerName { get; init; }
    public Guid? ReviewerSchoolId { get; init; }
    /// <summary>The role the reviewer decided in (SchoolAdmin or Reviewer).</summary>
    public required string ReviewerRole { get; init; }
    public Decision Decision { get; init; }
    public string? Comment { get; init; }
    public int Version { get; init; }
    public List<string> FileHashes { get; init; } = [];
    /// <summary>The checklist points (审核要点) the reviewer ticked as met, and those left open, as the list read then.</summary>
    public List<string> ChecklistMet { get; init; } = [];
    public List<string> ChecklistOpen { get; init; } = [];
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}

public enum Decision
{
    Approve,
    Return,
    Reject,
}
