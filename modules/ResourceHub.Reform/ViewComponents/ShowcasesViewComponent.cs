using Microsoft.AspNetCore.Mvc;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.ViewComponents;

/// <summary>The home page's section of published 优质课堂, 精品课程 and 示范专业.</summary>
public sealed class ShowcasesViewComponent(EvaluationService evaluations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await evaluations.ShowcasesAsync(6, HttpContext.RequestAborted));
}
