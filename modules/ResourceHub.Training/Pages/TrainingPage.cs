using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;

namespace ResourceHub.Training.Pages;

/// <summary>What every 研修 page with forms does: run the action, say it is done, or show the rule's refusal on the page.</summary>
public abstract class TrainingPage : PageModel
{
    [TempData]
    public string? Done { get; set; }

    /// <summary>Loads what the page shows (after a refused post too, so the page is whole).</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    protected async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Done = done;
            return RedirectToPage();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            Response.StatusCode = e.Status;
            await LoadAsync(ct);
            return Page();
        }
    }
}
