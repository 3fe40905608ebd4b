using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Zone.Models;

namespace ResourceHub.Zone.Services;

/// <summary>The zone's announcements and policy pages. Drafts are seen only by their editors.</summary>
public sealed class ArticleService(ResourceHubDbContext db)
{
    /// <param name="IssuedOn">A document's own date (a policy's 印发 date), shown as its publication date; null: the day it is published here.</param>
    public sealed record ArticleInput(ArticleKind Kind, string Title, string? Body, bool Pinned, bool Publish, DateOnly? IssuedOn = null);

    public Task<List<Article>> ListPublishedAsync(ArticleKind? kind = null, int take = 100, CancellationToken ct = default) =>
        db.Set<Article>().AsNoTracking()
            .Where(a => a.PublishedAt != null && (kind == null || a.Kind == kind))
            .OrderByDescending(a => a.Pinned).ThenByDescending(a => a.PublishedAt)
            .Take(take).ToListAsync(ct);

    public Task<List<Article>> ListAllAsync(CancellationToken ct = default) =>
        db.Set<Article>().AsNoTracking().OrderByDescending(a => a.UpdatedAt).ToListAsync(ct);

    /// <summary>A published article for everyone; a draft only for an editor.</summary>
    public async Task<Article> GetAsync(Guid id, bool editor, CancellationToken ct = default) =>
        await db.Set<Article>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && (editor || a.PublishedAt != null), ct)
        ?? throw new NotFoundException("文章不存在。");

    public async Task<Article> CreateAsync(ArticleInput input, Guid? author, CancellationToken ct = default)
    {
        var article = new Article { Title = "", AuthorId = author };
        Apply(article, input);
        db.Add(article);
        await db.SaveChangesAsync(ct);
        return article;
    }

    public async Task<Article> UpdateAsync(Guid id, ArticleInput input, CancellationToken ct = default)
    {
        var article = await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("文章不存在。");
        Apply(article, input);
        await db.SaveChangesAsync(ct);
        return article;
    }

    private static void Apply(Article article, ArticleInput input)
    {
        var title = input.Title.Trim();
        if (title.Length == 0)
        {
            throw new FieldException("title", "请填写标题。");
        }
        article.Kind = input.Kind;
        article.Title = title;
        article.Body = input.Body ?? "";
        article.Pinned = input.Pinned;
        article.UpdatedAt = DateTimeOffset.UtcNow;
        // Publishing keeps the first publication date (or takes the document's own); unpublishing turns it back into a draft.
        var issued = input.IssuedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset) : (DateTimeOffset?)null;
        article.PublishedAt = input.Publish ? issued ?? article.PublishedAt ?? DateTimeOffset.UtcNow : null;
    }
}
