using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>The status moves the review gate asks for, applied to the package aggregate in the gate's unit of work.</summary>
public sealed class PackageWorkflow(ResourceHubDbContext db, PackageService packages, ContentChanges changes) : IPackageWorkflow
{
    public async Task<PackageMove> SubmitAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default)
    {
        var package = await packages.GetEditableAsync(actor, packageId, ct);
        if (!package.IsEditable)
        {
            throw new ConflictException($"资源包当前状态为“{package.Status.ToChinese()}”，只有草稿或已退回的资源包可以提交审核。");
        }
        if (!package.FilesOf(package.Version).Any())
        {
            throw new ConflictException("资源包还没有文件，请先上传文件再提交审核。");
        }
        db.Add(PackageVersion.Capture(package, actor.UserId()!.Value));
        return Moved(package, PackageStatus.InReview);
    }

    public async Task<PackageMove> ReviseAsync(ClaimsPrincipal actor, Guid packageId, CancellationToken ct = default)
    {
        var package = await packages.GetEditableAsync(actor, packageId, ct);
        if (package.Status != PackageStatus.Published)
        {
            throw new ConflictException("只有已发布的资源包可以修订为新版本。");
        }
        return Moved(package, PackageStatus.Draft, version: package.Version + 1);
    }

    public async Task<PackageView?> UnderReviewAsync(Guid packageId, CancellationToken ct = default) =>
        await LoadAsync(packageId, ct) is { } package ? PackageViews.Working(package) : null;

    public async Task<PackageMove> DecideAsync(Guid packageId, PackageStatus outcome, CancellationToken ct = default)
    {
        var package = await LoadAsync(packageId, ct) ?? throw new NotFoundException("资源包不存在。");
        if (package.Status != PackageStatus.InReview)
        {
            throw new ConflictException("资源包不在审核中。");
        }
        return outcome switch
        {
            // The returned package is edited as the next version: files added now belong to it.
            PackageStatus.Returned => Moved(package, PackageStatus.Returned, version: package.Version + 1),
            PackageStatus.Rejected => Moved(package, PackageStatus.Rejected),
            PackageStatus.Published => Moved(package, PackageStatus.Published, publishedVersion: package.Version),
            _ => throw new ConflictException($"审核不能把资源包改为“{outcome.ToChinese()}”。"),
        };
    }

    private Task<ResourcePackage?> LoadAsync(Guid packageId, CancellationToken ct) =>
        db.Set<ResourcePackage>().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == packageId, ct);

    private PackageMove Moved(ResourcePackage package, PackageStatus to, int? version = null, int? publishedVersion = null)
    {
        var (from, fromVersion) = (package.Status, package.Version);
        package.MoveTo(to, version, publishedVersion);
        changes.PackageChanged(package.Id);
        return new PackageMove(from, fromVersion, PackageViews.Working(package));
    }
}
