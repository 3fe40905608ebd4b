using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Standards;

namespace ResourceHub.Resources.Services;

/// <summary>
/// Creating, reading and editing packages' metadata. Status changes belong to review. Side effects
/// (index task, history entry) follow from the events the package raises, in the same save.
/// </summary>
public sealed class PackageService(
    ResourceHubDbContext db, PackageAccess access, ISpecialtyCatalog specialties)
{
    public async Task<ResourcePackage> CreateAsync(ClaimsPrincipal actor, PackageInput input, CancellationToken ct = default)
    {
        if (actor.SchoolId() is not { } school || !actor.HasPermission(ResourcePermissions.EditPackages))
        {
            throw new ForbiddenException("只有学校的教师或学校管理员可以创建资源包。");
        }
        var package = new ResourcePackage(actor, school, actor.UserId()!.Value);
        await ApplyAsync(package, input, ct);
        db.Add(package);
        await db.SaveChangesAsync(ct);
        return package;
    }

    /// <summary>The package if the user may see it; 404 otherwise, so that drafts stay secret.</summary>
    public async Task<ResourcePackage> GetVisibleAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var package = await db.Set<ResourcePackage>().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (package is null || !await access.CanSeeAsync(user, package, ct))
        {
            throw new NotFoundException("资源包不存在，或您无权查看。");
        }
        return package;
    }

    /// <summary>
    /// A file with its package, if this user may open it: the published version's files are
    /// everyone's, the others only theirs who see the working version; 404 for the rest.
    /// </summary>
    public async Task<(PackageFile File, ResourcePackage Package)> GetFileAsync(ClaimsPrincipal user, Guid fileId, CancellationToken ct = default)
    {
        var packageId = await db.Set<PackageFile>().Where(f => f.Id == fileId).Select(f => (Guid?)f.PackageId).FirstOrDefaultAsync(ct);
        var package = packageId is null ? null : await db.Set<ResourcePackage>().Include(p => p.Files).FirstOrDefaultAsync(p => p.Id == packageId, ct);
        var file = package?.Files.First(f => f.Id == fileId);
        if (file is null || !await access.CanSeeFileAsync(user, package!, file, ct))
        {
            throw new NotFoundException("文件不存在，或您无权查看。");
        }
        return (file, package!);
    }

    /// <summary>The package for a change by its own school: 404 if unseen, 403 if seen but not editable by this user.</summary>
    public async Task<ResourcePackage> GetEditableAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var package = await GetVisibleAsync(user, id, ct);
        if (!PackageAccess.CanEdit(user, package))
        {
            throw new ForbiddenException("只有本校的教师或学校管理员可以修改这个资源包。");
        }
        return package;
    }

    public async Task<ResourcePackage> UpdateAsync(ClaimsPrincipal actor, Guid id, PackageInput input, CancellationToken ct = default)
    {
        var package = await GetEditableAsync(actor, id, ct);
        package.EnsureEditable();
        await ApplyAsync(package, input, ct);
        package.Edited(actor);
        await db.SaveChangesAsync(ct);
        return package;
    }

    private async Task ApplyAsync(ResourcePackage package, PackageInput input, CancellationToken ct)
    {
        var title = input.Title.Trim();
        if (title.Length == 0)
        {
            throw new FieldException("title", "请填写资源包标题。");
        }
        if (await specialties.FindAsync(input.SpecialtyCode, ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{input.SpecialtyCode}”不在专业目录中。");
        }
        await specialties.EnsureLinkAsync(input.SpecialtyCode, input.CourseId, input.LearningTaskId, ct);
        if (input.TextbookForm is not null && input.ResourceType != ResourceType.Textbook)
        {
            throw new FieldException("textbookForm", "只有教材需要填写教材形式。");
        }
        package.Title = title;
        package.Description = input.Description?.Trim() ?? "";
        package.SpecialtyCode = input.SpecialtyCode;
        package.CourseName = string.IsNullOrWhiteSpace(input.CourseName) ? null : input.CourseName.Trim();
        package.CourseId = input.CourseId;
        package.LearningTaskId = input.LearningTaskId;
        package.ResourceType = input.ResourceType;
        package.TextbookForm = input.ResourceType == ResourceType.Textbook ? input.TextbookForm ?? TextbookForm.Conventional : null;
        package.SkillLevel = input.SkillLevel;
        package.Tags = Clean(input.Tags);
        package.Authors = Clean(input.Authors);
        package.Licence = string.IsNullOrWhiteSpace(input.Licence) ? "共建共享" : input.Licence.Trim();
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().Take(50).ToList() ?? [];
}
