using ResourceHub.Standards;
using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>The 研修基地 registry: anyone reads it, each region's administrators keep their region's bases.</summary>
public sealed class BaseService(ResourceHubDbContext db, ISpecialtyCatalog specialties, ISchoolDirectory schools)
{
    public sealed record BaseInput(string Name, string Region, BaseLevel Level, IReadOnlyList<string>? SpecialtyCodes, string? Contact, Guid? HostSchoolId);

    public Task<List<TrainingBase>> ListAsync(string? region = null, CancellationToken ct = default) =>
        db.Set<TrainingBase>().AsNoTracking()
            .Where(b => string.IsNullOrEmpty(region) || b.Region == region)
            .OrderBy(b => b.Region).ThenByDescending(b => b.Level).ThenBy(b => b.Name)
            .ToListAsync(ct);

    public async Task<TrainingBase> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingBase>().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException("研修基地不存在。");

    public async Task<TrainingBase> CreateAsync(ClaimsPrincipal actor, BaseInput input, CancellationToken ct = default)
    {
        var item = new TrainingBase { Name = "", Region = input.Region?.Trim() ?? "" };
        await ApplyAsync(actor, item, input, ct);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<TrainingBase> UpdateAsync(ClaimsPrincipal actor, Guid id, BaseInput input, CancellationToken ct = default)
    {
        var item = await GetAsync(id, ct);
        EnsureMaintains(actor, item.Region);
        await ApplyAsync(actor, item, input, ct);
        await db.SaveChangesAsync(ct);
        return item;
    }

    private async Task ApplyAsync(ClaimsPrincipal actor, TrainingBase item, BaseInput input, CancellationToken ct)
    {
        var region = input.Region?.Trim() ?? "";
        if (!Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称（例如“{Regions.InnerMongolia}”）。");
        }
        EnsureMaintains(actor, region);
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            throw new FieldException("name", "请填写研修基地名称。");
        }
        var codes = input.SpecialtyCodes?.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList() ?? [];
        foreach (var code in codes)
        {
            if (await specialties.FindAsync(code, ct) is null)
            {
                throw new FieldException("specialtyCodes", $"专业代码“{code}”不在专业目录中。");
            }
        }
        if (input.HostSchoolId is { } host && (await schools.GetAsync(host, ct)).Region != region)
        {
            throw new FieldException("hostSchoolId", "依托学校须在研修基地所在地区。");
        }
        item.Name = input.Name.Trim();
        item.Region = region;
        item.Level = input.Level;
        item.SpecialtyCodes = codes;
        item.Contact = input.Contact?.Trim() ?? "";
        item.HostSchoolId = input.HostSchoolId;
    }

    private static void EnsureMaintains(ClaimsPrincipal actor, string region)
    {
        if (!actor.MaintainsBases(region))
        {
            throw new ForbiddenException("研修基地由所在地区的管理员维护。");
        }
    }
}
