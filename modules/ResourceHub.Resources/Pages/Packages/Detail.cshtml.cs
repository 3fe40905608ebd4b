using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Standards.Services;

namespace ResourceHub.Resources.Pages.Packages;

public sealed class PackageDetailModel(PackageService packages, SpecialtyService specialties) : PageModel
{
    public ResourcePackage Package { get; private set; } = null!;

    public string SpecialtyName { get; private set; } = "";

    /// <summary>The files of the version this user sees.</summary>
    public List<PackageFile> Files { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        Package = await packages.GetVisibleAsync(User, id);
        SpecialtyName = (await specialties.FindAsync(Package.SpecialtyCode))?.Name ?? "";
        Files = Package.Files.Where(f => f.IsIn(Package.Version)).OrderBy(f => f.CreatedAt).ToList();
        CanEdit = Package.IsEditable && PackageAccess.CanEdit(User, Package);
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        < 1024L * 1024 * 1024 => $"{bytes / 1048576.0:0.#} MB",
        _ => $"{bytes / 1073741824.0:0.##} GB",
    };
}
