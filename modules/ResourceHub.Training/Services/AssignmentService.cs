using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>
/// An assignment is a draft package of the teacher's school, made through Resources like any
/// other (so it is reviewed like any other before anyone outside the school may use it); the
/// organiser marking it is given sight of it, as a reviewer is of what is in their queue.
/// </summary>
public sealed class AssignmentService(ResourceHubDbContext db, ProgrammeService programmes, IPackageAuthoring packages, IPackageViews views, LearningService learning)
{
    public async Task<Guid> StartAsync(ClaimsPrincipal actor, Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.Set<ProgrammeUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw new Core.Http.NotFoundException("研修单元不存在。");
        var programme = await programmes.GetAsync(unit.ProgrammeId, ct);
        var package = await packages.CreateAsync(actor, new PackageInput(
            $"{unit.Title}（{actor.DisplayName()}）", $"研修项目“{programme.Title}”的作业。{unit.Instructions}", programme.SpecialtyCode,
            null, ResourceType.WorkPage, null, null, ["研修作业"], [actor.DisplayName() ?? ""], null), ct);
        await learning.AttachAssignmentAsync(actor, unitId, package.Id, ct);
        return package.Id;
    }

    public async Task<UnitProgress> SubmitAsync(ClaimsPrincipal actor, Guid unitId, Guid packageId, CancellationToken ct = default)
    {
        var package = await views.ForAsync(actor, packageId, ct) ?? throw new Core.Http.NotFoundException("作业资源包不存在，或您无权查看。");
        // Its own school sees the working view: the files being handed in now.
        return await learning.SubmitAsync(actor, unitId, package.Kind == PackageViewKind.Working ? package.Files.Count : 0, ct);
    }
}

/// <summary>
/// Gives the organisers of a programme sight of the assignment packages handed in to it (apart
/// from <see cref="AssignmentService"/>: Resources' access check asks this, and must not need itself).
/// </summary>
public sealed class AssignmentSight(ResourceHubDbContext db, ProgrammeService programmes) : IPackageSightGrant
{
    /// <summary>The organisers of a programme see the assignment packages handed in to it.</summary>
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid packageId, int workingVersion, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.RegionAdmin) && !user.IsInRole(Roles.SchoolAdmin))
        {
            return false;
        }
        var programmeIds = await (from p in db.Set<UnitProgress>()
                                  where p.AssignmentPackageId == packageId && (p.State == UnitState.Submitted || p.State == UnitState.Done || p.State == UnitState.Returned)
                                  join u in db.Set<ProgrammeUnit>() on p.UnitId equals u.Id
                                  select u.ProgrammeId).Distinct().ToListAsync(ct);
        foreach (var id in programmeIds)
        {
            if (user.Manages(await programmes.GetAsync(id, ct)))
            {
                return true;
            }
        }
        return false;
    }
}
