using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Media.Abstractions;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Pages.Packages;

/// <summary>
/// Step 2 of a draft: uploading files through the resumable (tus) API with a progress bar each,
/// the files already in with what the server is doing with them, and the way on to submitting.
/// </summary>
[Authorize(Policy = "EditPackages")]
public sealed class UploadModel(PackageFileService files, IMediaFiles media, IFileStore store, IAntiforgery antiforgery) : PageModel
{
    /// <summary>A file of the working version and what the server is doing with it.</summary>
    public sealed record Row(PackageFile File, ProgressPhase Phase, string Text);

    public ResourcePackage? Package { get; private set; }

    public IReadOnlyList<Row> Files { get; private set; } = [];

    public string RequestToken { get; private set; } = "";

    public long MaxFileBytes => store.MaxFileBytes;

    public string AllowedTypes => store.AllowedTypes;

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id, Page);

    /// <summary>The file list alone, for htmx to swap in while files are processed.</summary>
    public Task<IActionResult> OnGetFilesAsync(Guid id) => ShowAsync(id, () => Partial("_UploadedFiles", this));

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid fileId)
    {
        try
        {
            await files.DeleteAsync(User, id, fileId, HttpContext.RequestAborted);
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            ModelState.AddDomainError(e);
            return await ShowAsync(id, Page);
        }
        catch (NotFoundException)
        {
            // Deleted already (a second click, another tab): the list below shows how things are.
        }
        return Request.Headers.ContainsKey("HX-Request") ? await OnGetFilesAsync(id) : RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(Guid id, Func<IActionResult> result)
    {
        try
        {
            Package = await files.GetEditableAsync(User, id, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e) when (e.Status is 403 or 409)
        {
            Package = null;
            ModelState.AddDomainError(e);
            return Page();
        }
        var current = Package.CurrentFiles().ToList();
        var progress = await media.ProgressAsync(current.Select(f => f.Id).ToList(), HttpContext.RequestAborted);
        Files = current.Zip(progress, (file, p) => new Row(file, p.Phase, p.Text)).ToList();
        RequestToken = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        return result();
    }
}
