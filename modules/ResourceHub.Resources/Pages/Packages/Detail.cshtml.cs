using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Content;
using ResourceHub.Core.Security;
using ResourceHub.Resources.Endpoints;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Standards;

namespace ResourceHub.Resources.Pages.Packages;

/// <summary>
/// A package as this user may see it: the working version for its school, the published
/// snapshot for everyone else (the same view as GET /api/v1/packages/{id}).
/// </summary>
[OutputCache(PolicyName = ResourcesPageCache.Package)]
public sealed class PackageDetailModel(
    IPackageViews views, ISpecialtyCatalog specialties, FileDetailsReader details, IEnumerable<IExtractedTextSource> texts,
    IEnumerable<PackagePanel> panels, IEnumerable<IReviewStages> stages) : PageModel
{
    /// <summary>Its status; in review, with the stage it waits at (学校审核, 专家审核).</summary>
    public string StatusText { get; private set; } = "";

    public PackageEndpoints.PackageDto Package { get; private set; } = null!;

    public string SpecialtyName { get; private set; } = "";

    /// <summary>Its school's teachers and admins: they edit it and follow its review.</summary>
    public bool IsOwner { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>What other modules show the owning school beside the package.</summary>
    public IEnumerable<PackagePanel> Panels => panels.OrderBy(p => p.Order);

    /// <summary>A published textbook another school may ask to use (凡选必审).</summary>
    public bool CanSelect { get; private set; }

    /// <summary>Extracted text by file, shown where the browser cannot preview the file itself.</summary>
    public Dictionary<Guid, string> Texts { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        var view = await views.ForAsync(User, id) ?? throw new Core.Http.NotFoundException("资源包不存在，或您无权查看。");
        Package = await details.ToDtoAsync(view);
        // Only the shown version's files: a revision's new file says nothing to those who see the published one.
        foreach (var source in texts)
        {
            foreach (var text in await source.ForFilesAsync(view.Files.Select(f => f.Id).ToList(), HttpContext.RequestAborted))
            {
                Texts[text.FileId] = text.Text.Length > 4000 ? text.Text[..4000] + "…" : text.Text;
            }
        }
        SpecialtyName = (await specialties.FindAsync(Package.SpecialtyCode))?.Name ?? "";
        var waiting = await stages.OfAsync([(view.Id, view.Status)], HttpContext.RequestAborted);
        StatusText = ReviewStageText.StatusWithStage(view.Status, waiting.GetValueOrDefault(view.Id));
        IsOwner = PackageAccess.CanEdit(User, view.SchoolId);
        CanEdit = IsOwner && view.Kind == PackageViewKind.Working && view.Status is PackageStatus.Draft or PackageStatus.Returned;
        CanSelect = !IsOwner && view.PublishedVersion is not null && Package.ResourceType == ResourceType.Textbook
            && User.SchoolId() is not null && User.HasPermission(ResourcePermissions.EditPackages);
    }

    public static PreviewKind PreviewOf(FileDto file) => file.ContentType switch
    {
        _ when PdfOf(file) is not null => PreviewKind.Pdf,
        var t when t.StartsWith("image/", StringComparison.Ordinal) => PreviewKind.Image,
        var t when t.StartsWith("video/", StringComparison.Ordinal) => PreviewKind.Video,
        var t when t.StartsWith("audio/", StringComparison.Ordinal) => PreviewKind.Audio,
        _ => PreviewKind.Text,
    };

    public enum PreviewKind { Pdf, Image, Video, Audio, Text }

    /// <summary>What the in-page PDF viewer shows: a PDF itself, or the PDF of an Office file's pages (null without one: its text is shown).</summary>
    /// <summary>What the in-page reader opens: the Office preview or the PDF itself, counted as a view.</summary>
    public static string? PdfOf(FileDto file) =>
        file.PreviewUrl ?? (file.ContentType == "application/pdf" ? FileFetch.ForViewing(file.DownloadUrl) : null);

    public static string Duration(double seconds) => TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss");
}
