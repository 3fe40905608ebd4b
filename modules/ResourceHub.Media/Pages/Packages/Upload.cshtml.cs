using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Http;
using ResourceHub.Media.Services;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Pages.Packages;

/// <summary>
/// Step 2 of a draft: uploading files through the resumable (tus) API with a progress bar each,
/// the files already in with what the server is doing with them, and the way on to submitting.
/// </summary>
[Authorize(Policy = "EditPackages")]
public sealed class UploadModel(PackageFileService files, FileProgress progress, IAntiforgery antiforgery, IOptions<FilesOptions> options) : PageModel
{
    public ResourcePackage? Package { get; private set; }

    public IReadOnlyList<FileProgress.Row> Files { get; private set; } = [];

    public string RequestToken { get; private set; } = "";

    public long MaxFileBytes => options.Value.MaxFileBytes;

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
        Files = await progress.ForAsync(Package, HttpContext.RequestAborted);
        RequestToken = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        return result();
    }
}
