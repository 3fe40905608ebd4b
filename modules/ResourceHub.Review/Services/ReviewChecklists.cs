using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>The review checklist of each resource type: the defaults until an Admin sets its own.</summary>
public sealed class ReviewChecklists(ResourceHubDbContext db)
{
    public const int MaxItems = 30;

    public async Task<IReadOnlyList<string>> ItemsAsync(ResourceType type, CancellationToken ct = default)
    {
        var items = await db.Set<ChecklistItem>().AsNoTracking().Where(i => i.ResourceType == type)
            .OrderBy(i => i.Order).Select(i => i.Text).ToListAsync(ct);
        return items.Count > 0 ? items : ChecklistItem.Defaults(type);
    }

    /// <summary>Replaces the type's checklist (Admin): 1 to 30 points, each up to 200 characters, none twice.</summary>
    public async Task<IReadOnlyList<string>> SetAsync(ResourceType type, IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var items = texts.Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct().ToList();
        if (items.Count is 0 or > MaxItems)
        {
            throw new FieldException("items", $"审核要点应有 1 到 {MaxItems} 条。");
        }
        if (items.FirstOrDefault(t => t.Length > 200) is { } tooLong)
        {
            throw new FieldException("items", $"审核要点“{tooLong[..20]}…”超过 200 字。");
        }
        db.RemoveRange(await db.Set<ChecklistItem>().Where(i => i.ResourceType == type).ToListAsync(ct));
        db.AddRange(items.Select((t, i) => new ChecklistItem { ResourceType = type, Order = i, Text = t }));
        await db.SaveChangesAsync(ct);
        return items;
    }

    /// <summary>Splits the points the reviewer ticked from those left open; a ticked text not on the list is refused.</summary>
    public async Task<(List<string> Met, List<string> Open)> AnswerAsync(ResourceType type, IReadOnlyCollection<string>? ticked, CancellationToken ct)
    {
        var items = await ItemsAsync(type, ct);
        var met = (ticked ?? []).Select(t => t.Trim()).Distinct().ToList();
        if (met.FirstOrDefault(t => !items.Contains(t)) is { } unknown)
        {
            throw new FieldException("checklist", $"“{unknown}”不是{type.ToChinese()}的审核要点。");
        }
        return (items.Where(met.Contains).ToList(), items.Where(i => !met.Contains(i)).ToList());
    }
}
