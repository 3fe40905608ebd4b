using Microsoft.AspNetCore.Mvc;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.ViewComponents;

/// <summary>Beside a package, for its school (the page shows it to them only): the newest review opinions and the last steps of its history.</summary>
public sealed class ReviewPanelViewComponent(ReviewQueries queries) : ViewComponent
{
    public sealed record Model(Guid PackageId, ReviewQueries.Summary Summary);

    public async Task<IViewComponentResult> InvokeAsync(Guid packageId) =>
        View(new Model(packageId, await queries.SummaryAsync(packageId, 5, HttpContext.RequestAborted)));
}
