using Microsoft.EntityFrameworkCore;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// What a review is about, by name: the package version as submitted, or, for the selection of a
/// catalogue textbook that is not on this site, the catalogue's title (《…》 with 目录 noted).
/// </summary>
public sealed partial class ReviewQueries
{
    public async Task<string> SubjectTitleAsync(Models.Review review, CancellationToken ct = default)
    {
        if (review.PackageId is { } packageId)
        {
            return (await views.SubmittedAsync(packageId, review.Version, ct))?.Title ?? "";
        }
        return await CatalogueTitleAsync(review.SelectionId, ct);
    }

    /// <summary>The catalogue title a package-less selection names.</summary>
    public async Task<string> CatalogueTitleAsync(Guid? selectionId, CancellationToken ct = default) =>
        await db.Set<Selection>().AsNoTracking().Where(s => s.Id == selectionId)
            .Join(db.Set<CatalogueEntry>(), s => s.CatalogueEntryId, c => (Guid?)c.Id, (s, c) => c.Title)
            .FirstOrDefaultAsync(ct) ?? "";
}
