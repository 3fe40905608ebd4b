using Microsoft.AspNetCore.Mvc;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.ViewComponents;

/// <summary>The home page's newest published packages.</summary>
public sealed class LatestPackagesViewComponent(PackageQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await queries.PublishedAsync(new PackageQueries.Filter(), 1, 6, HttpContext.RequestAborted)).Items);
}
