using Microsoft.AspNetCore.Mvc;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.ViewComponents;

/// <summary>Beside a package, for its school: the newest review opinions and the last steps of its history.</summary>
public sealed class ReviewPanelViewComponent(ReviewQueries queries) : ViewComponent
{
    public sealed record Model(Guid PackageId, Models.Review? Latest, IReadOnlyList<Models.HistoryEntry> Recent, int HistoryCount);

    public async Task<IViewComponentResult> InvokeAsync(Guid packageId)
    {
        var ct = HttpContext.RequestAborted;
        var reviews = await queries.ReviewsOfAsync(UserClaimsPrincipal, packageId, ct);
        var history = await queries.HistoryAsync(UserClaimsPrincipal, packageId, ct);
        // Both lists come oldest first: the newest review stage and the last steps are at their ends.
        return View(new Model(packageId, reviews.LastOrDefault(), history.TakeLast(5).Reverse().ToList(), history.Count));
    }
}
