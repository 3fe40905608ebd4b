using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Http;
using ResourceHub.Media.Services;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Pages.Packages;

/// <summary>Uploading files to a draft through the resumable (tus) API, one progress bar per file.</summary>
[Authorize(Policy = "EditPackages")]
public sealed class UploadModel(PackageFileService files, IAntiforgery antiforgery, IOptions<FilesOptions> options) : PageModel
{
    public ResourcePackage Package { get; private set; } = null!;

    public string RequestToken { get; private set; } = "";

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync(Guid id)
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
            ModelState.AddDomainError(e);
            return Page();
        }
        RequestToken = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        return Page();
    }
}
