using ResourceHub.Standards;
using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>研修项目: the catalogue, and building a programme (its units are in <see cref="UnitService"/>).</summary>
public sealed class ProgrammeService(ResourceHubDbContext db, ISpecialtyCatalog specialties, ISchoolDirectory schools, BaseService bases)
{
    public sealed record ProgrammeInput(
        string Title, string? Description, OrganiserKind OrganiserKind, Guid? OrganiserId, string? Region,
        string SpecialtyCode, decimal Hours, DateOnly Start, DateOnly End, int Capacity);

    /// <summary>The catalogue: every programme, narrowed by specialty, region and words of the title.</summary>
    public Task<List<TrainingProgramme>> ListAsync(string? specialtyCode, string? region, string? q, CancellationToken ct = default) =>
        db.Set<TrainingProgramme>().AsNoTracking()
            .Where(p => string.IsNullOrEmpty(specialtyCode) || p.SpecialtyCode == specialtyCode)
            .Where(p => string.IsNullOrEmpty(region) || p.Region == region)
            .Where(p => string.IsNullOrEmpty(q) || p.Title.Contains(q) || p.OrganiserName.Contains(q))
            .OrderByDescending(p => p.Start).ThenBy(p => p.Title)
            .ToListAsync(ct);

    /// <summary>What this user runs: everything for an admin, their region's, or their school's.</summary>
    public async Task<List<TrainingProgramme>> ManagedAsync(ClaimsPrincipal actor, CancellationToken ct = default) =>
        (await db.Set<TrainingProgramme>().AsNoTracking().OrderByDescending(p => p.Start).ToListAsync(ct)).Where(actor.Manages).ToList();

    public async Task<TrainingProgramme> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingProgramme>().Include(p => p.Units.OrderBy(u => u.Order)).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("研修项目不存在。");

    /// <summary>The programme for a change or a look at its participants: 403 unless this user runs it.</summary>
    public async Task<TrainingProgramme> GetManagedAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var programme = await GetAsync(id, ct);
        if (!actor.Manages(programme))
        {
            throw new ForbiddenException("只有研修项目的组织者可以管理它。");
        }
        return programme;
    }

    public async Task<TrainingProgramme> CreateAsync(ClaimsPrincipal actor, ProgrammeInput input, CancellationToken ct = default)
    {
        var (name, region, managingSchool) = await OrganiserAsync(actor, input, ct);
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            throw new FieldException("title", "请填写研修项目名称。");
        }
        if (await specialties.FindAsync(input.SpecialtyCode ?? "", ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{input.SpecialtyCode}”不在专业目录中。");
        }
        if (input.Hours is <= 0 or > 1000)
        {
            throw new FieldException("hours", "学时须大于 0 且不超过 1000。");
        }
        if (input.End < input.Start)
        {
            throw new FieldException("end", "结束日期不能早于开始日期。");
        }
        if (input.Capacity is < 1 or > 100000)
        {
            throw new FieldException("capacity", "名额须为 1 到 100000 之间的整数。");
        }
        var programme = new TrainingProgramme
        {
            Title = title, Description = input.Description?.Trim() ?? "", OrganiserKind = input.OrganiserKind,
            OrganiserId = input.OrganiserKind == OrganiserKind.Region ? null : input.OrganiserId ?? actor.SchoolId(),
            OrganiserName = name, Region = region, ManagingSchoolId = managingSchool, SpecialtyCode = input.SpecialtyCode!,
            Hours = input.Hours, Start = input.Start, End = input.End, Capacity = input.Capacity, CreatedById = actor.UserId()!.Value,
        };
        db.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme;
    }

    /// <summary>The organiser's name, region and managing school, if this user may organise in its name.</summary>
    private async Task<(string Name, string Region, Guid? School)> OrganiserAsync(ClaimsPrincipal actor, ProgrammeInput input, CancellationToken ct)
    {
        switch (input.OrganiserKind)
        {
            case OrganiserKind.Region:
                var region = string.IsNullOrWhiteSpace(input.Region) ? actor.Region() : input.Region.Trim();
                if (!Regions.IsKnown(region))
                {
                    throw new FieldException("region", "请填写组织地区（省级行政区全称）。");
                }
                return actor.OverseesRegion(region) ? (region!, region!, null) : throw new ForbiddenException("只有该地区的管理员可以以地区名义组织研修。");
            case OrganiserKind.Base:
                var trainingBase = await bases.GetAsync(input.OrganiserId ?? Guid.Empty, ct);
                var hosts = trainingBase.HostSchoolId is { } host && actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == host;
                return actor.OverseesRegion(trainingBase.Region) || hosts
                    ? (trainingBase.Name, trainingBase.Region, trainingBase.HostSchoolId)
                    : throw new ForbiddenException("只有研修基地所在地区的管理员或依托学校的管理员可以以基地名义组织研修。");
            default:
                var schoolId = input.OrganiserId ?? actor.SchoolId() ?? throw new FieldException("organiserId", "请选择组织学校。");
                if (!actor.IsInRole(Roles.Admin) && !(actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == schoolId))
                {
                    throw new ForbiddenException("只有学校管理员可以以本校名义组织研修。");
                }
                var school = await schools.GetAsync(schoolId, ct);
                return (school.Name, school.Region, school.Id);
        }
    }
}
