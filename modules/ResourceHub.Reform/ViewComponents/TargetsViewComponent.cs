using Microsoft.AspNetCore.Mvc;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.ViewComponents;

/// <summary>The home page's live progress towards the national "百千万" targets.</summary>
public sealed class TargetsViewComponent(ProgressService progress) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await progress.ReportAsync(null, HttpContext.RequestAborted));
}
