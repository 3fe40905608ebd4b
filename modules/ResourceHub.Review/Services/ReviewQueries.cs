using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>What reviewers, authors and schools read: queues, opinions, history, selections, the inbox.</summary>
public sealed partial class ReviewQueries(ResourceHubDbContext db, IPackageViews views)
{
    public sealed record QueueItem(Models.Review Review, string PackageTitle, ResourceType ResourceType);

    /// <summary>The open reviews this user may decide now, oldest first (Admins: every open review when <paramref name="mine"/> is false).</summary>
    public async Task<List<QueueItem>> QueueAsync(ClaimsPrincipal user, bool mine = true, CancellationToken ct = default)
    {
        var who = ReviewerIdentity.From(user);
        if (who is null)
        {
            return [];
        }
        var open = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.Status == ReviewStatus.Pending).ToListAsync(ct);
        var all = !mine && user.IsInRole(Roles.Admin);
        var chosen = open.Where(r => all || who.CanDecideNow(r)).OrderBy(r => r.OpenedAt).ToList();
        var ids = chosen.Where(r => r.PackageId is not null).Select(r => r.PackageId!.Value).Distinct().ToList();
        var titles = (await views.WorkingAsync(ids, ct)).ToDictionary(p => p.Id, p => (p.Title, p.ResourceType));
        var items = new List<QueueItem>();
        foreach (var r in chosen)
        {
            // A catalogue textbook not on this site has no package: its catalogue title names it.
            var (title, type) = r.PackageId is { } p ? titles[p] : (await CatalogueTitleAsync(r.SelectionId, ct), ResourceType.Textbook);
            items.Add(new QueueItem(r, title, type));
        }
        return items;
    }

    /// <summary>A review for someone who may decide it, has decided it, or sees the package's working version; else 404.</summary>
    public async Task<Models.Review> GetReviewAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var review = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || !await MaySeeAsync(user, review, ct))
        {
            throw new NotFoundException("审核任务不存在，或您无权查看。");
        }
        return review;
    }

    /// <summary>
    /// The reviews of a package (its opinions): every one for those who see its working version;
    /// for everyone else only the approvals of versions that were published.
    /// </summary>
    public async Task<List<Models.Review>> ReviewsOfAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct = default)
    {
        var view = await ViewAsync(user, packageId, ct);
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.PackageId == packageId && r.Kind == ReviewKind.Authoring).OrderBy(r => r.OpenedAt).ToListAsync(ct);
        if (view.Kind == PackageViewKind.Working)
        {
            return reviews;
        }
        var published = await PublishedVersionsAsync(packageId, ct);
        return reviews.Where(r => r.Status == ReviewStatus.Approved && published.Contains(r.Version)).ToList();
    }

    /// <summary>A submitted version as its reviewers saw it: the frozen metadata and that version's files. Callers check sight first.</summary>
    public async Task<PackageView> VersionAsync(Guid packageId, int version, CancellationToken ct = default) =>
        await views.SubmittedAsync(packageId, version, ct) ?? throw new NotFoundException("该版本不存在。");

    /// <summary>
    /// A package's history: every entry for its school and its deciders; for everyone else only the
    /// steps of versions that were published, without edits (draft file names), return or reject
    /// opinions, revisions under way, or selections.
    /// </summary>
    public async Task<List<HistoryEntry>> HistoryAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct = default)
    {
        var view = await ViewAsync(user, packageId, ct);
        var entries = await db.Set<HistoryEntry>().AsNoTracking().Where(h => h.PackageId == packageId).OrderBy(h => h.Id).ToListAsync(ct);
        if (view.Kind == PackageViewKind.Working)
        {
            return entries;
        }
        var published = entries.Where(h => h.Action == HistoryActions.Published).Select(h => h.Version).ToHashSet();
        return entries.Where(h => h.SelectionId is null && published.Contains(h.Version) && PublicActions.Contains(h.Action)).ToList();
    }

    /// <summary>The steps of a published version that anyone may read.</summary>
    private static readonly HashSet<string> PublicActions =
        [HistoryActions.Created, HistoryActions.Submitted, HistoryActions.Approved, HistoryActions.Published];

    private async Task<PackageView> ViewAsync(ClaimsPrincipal user, Guid packageId, CancellationToken ct) =>
        await views.ForAsync(user, packageId, ct) ?? throw new NotFoundException("资源包不存在，或您无权查看。");

    private async Task<HashSet<int>> PublishedVersionsAsync(Guid packageId, CancellationToken ct) =>
        (await db.Set<HistoryEntry>().AsNoTracking().Where(h => h.PackageId == packageId && h.Action == HistoryActions.Published)
            .Select(h => h.Version).ToListAsync(ct)).ToHashSet();

    public sealed record Summary(Models.Review? Latest, IReadOnlyList<HistoryEntry> Recent, int HistoryCount);

    /// <summary>
    /// For the owning school's panel beside a package, whose page has already checked that they
    /// see its working version: the newest authoring review and the last steps of the history.
    /// </summary>
    public async Task<Summary> SummaryAsync(Guid packageId, int recent, CancellationToken ct = default)
    {
        var latest = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments)
            .Where(r => r.PackageId == packageId && r.Kind == ReviewKind.Authoring).OrderByDescending(r => r.OpenedAt).FirstOrDefaultAsync(ct);
        var history = db.Set<HistoryEntry>().AsNoTracking().Where(h => h.PackageId == packageId);
        var last = await history.OrderByDescending(h => h.Id).Take(recent).ToListAsync(ct);
        return new Summary(latest, last, await history.CountAsync(ct));
    }

    public async Task<Selection> GetSelectionAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var selection = await db.Set<Selection>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (selection is null || !await MaySeeSelectionAsync(user, selection, ct))
        {
            throw new NotFoundException("选用申请不存在，或您无权查看。");
        }
        return selection;
    }

    /// <summary>A school's selections in every state: for its members and admins.</summary>
    public async Task<List<Selection>> SelectionsOfAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin) && user.SchoolId() != schoolId)
        {
            throw new ForbiddenException("只能查看本校的选用申请。");
        }
        var rows = await db.Set<Selection>().AsNoTracking().Where(s => s.SchoolId == schoolId).ToListAsync(ct);
        return rows.OrderByDescending(s => s.CreatedAt).ToList();
    }

    /// <summary>One approved choice; <c>PackageId</c> is null for a catalogue textbook that is not on this site.</summary>
    public sealed record TextbookEntry(Guid SelectionId, string CourseName, string? Term, Guid? PackageId, string Title, int Version, DateTimeOffset ApprovedAt);

    /// <summary>The school's textbook list (教材选用目录): approved selections only, by course and term. Public.</summary>
    public async Task<List<TextbookEntry>> TextbooksOfAsync(Guid schoolId, CancellationToken ct = default)
    {
        var approved = await db.Set<Selection>().AsNoTracking()
            .Where(s => s.SchoolId == schoolId && s.Status == SelectionStatus.Approved).ToListAsync(ct);
        var titles = new Dictionary<Guid, string>();
        foreach (var s in approved)
        {
            titles[s.Id] = s.PackageId is { } packageId
                ? (await views.SubmittedAsync(packageId, s.PackageVersion, ct))?.Title ?? ""
                : await CatalogueTitleAsync(s.Id, ct);
        }
        return approved
            .Select(s => new TextbookEntry(s.Id, s.CourseName, s.Term, s.PackageId, titles[s.Id], s.PackageVersion, s.UpdatedAt))
            .OrderBy(t => t.CourseName, StringComparer.Ordinal).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

    /// <summary>Published textbooks a school may ask to select, by their published snapshot's title.</summary>
    public async Task<List<(Guid Id, string Title)>> SelectableTextbooksAsync(CancellationToken ct = default)
    {
        var rows = await views.PublishedTitlesAsync(ResourceType.Textbook, ct: ct);
        return rows.Select(r => (r.Id, r.Title)).OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<List<InboxMessage>> InboxAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.UserId();
        // The (UserId, At) index serves this: newest first, the last 200, sorted and cut by the database.
        return await db.Set<InboxMessage>().AsNoTracking().Where(m => m.UserId == id).OrderByDescending(m => m.At).Take(200).ToListAsync(ct);
    }

    private async Task<bool> MaySeeAsync(ClaimsPrincipal user, Models.Review review, CancellationToken ct)
    {
        if (ReviewerIdentity.From(user) is { } who && (who.EligibleRole(review) is not null || review.Decisions.Any(d => d.ReviewerId == who.Id)))
        {
            return true;
        }
        if (review.SelectionId is not null)
        {
            return user.IsInRole(Roles.Admin) || user.SchoolId() == review.SchoolId;
        }
        // An authoring review's school is its package's school.
        return user.IsInRole(Roles.Admin) || user.SchoolId() == review.SchoolId;
    }

    private async Task<bool> MaySeeSelectionAsync(ClaimsPrincipal user, Selection selection, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin) || user.SchoolId() == selection.SchoolId)
        {
            return true;
        }
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).Include(r => r.Assignments).Where(r => r.SelectionId == selection.Id).ToListAsync(ct);
        return ReviewerIdentity.From(user) is { } who && reviews.Any(review => who.EligibleRole(review) is not null || review.Decisions.Any(d => d.ReviewerId == who.Id));
    }
}
