namespace ResourceHub.Review.Models;

/// <summary>An in-app notification (站内消息): a new review in one's queue, a decision on one's work.</summary>
public sealed class InboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    /// <summary>The page to open (a review, a package's review page).</summary>
    public string? Link { get; init; }
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>When its reader first opened the inbox with it in; null: unread (counted in the header).</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
