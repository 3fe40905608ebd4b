namespace ResourceHub.Zone.Models;

/// <summary>An announcement (公告) or policy page (政策文件) of the zone, written in Markdown.</summary>
public sealed class Article
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ArticleKind Kind { get; set; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    /// <summary>Shown first on lists and the home page.</summary>
    public bool Pinned { get; set; }
    /// <summary>Null while a draft; set when published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public Guid? AuthorId { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}

public enum ArticleKind
{
    Announcement,
    Policy,
}

public static class ArticleKindNames
{
    public static string ToChinese(this ArticleKind kind) => kind == ArticleKind.Policy ? "政策文件" : "通知公告";
}
