using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services;

/// <summary>The plans' targets and phases (data), and the admin's edits of them.</summary>
public sealed class TargetService(ResourceHubDbContext db)
{
    /// <summary>Null, empty or 全国 mean the national plan; anything else must be a region's full name.</summary>
    public static string NormalizeScope(string? region)
    {
        region = region?.Trim();
        if (string.IsNullOrEmpty(region) || region == Scope.National)
        {
            return Scope.National;
        }
        if (!Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称（例如“{Regions.InnerMongolia}”），不填则为全国。");
        }
        return region;
    }

    public Task<Target?> FindAsync(string scope, CancellationToken ct = default) =>
        db.Set<Target>().AsNoTracking().FirstOrDefaultAsync(t => t.Region == scope, ct);

    public Task<List<Target>> ListAsync(CancellationToken ct = default) =>
        db.Set<Target>().AsNoTracking().OrderBy(t => t.Region == Scope.National ? 0 : 1).ThenBy(t => t.Region).ToListAsync(ct);

    public Task<List<Phase>> PhasesAsync(string scope, CancellationToken ct = default) =>
        db.Set<Phase>().AsNoTracking().Where(p => p.Region == scope).OrderBy(p => p.Number).ToListAsync(ct);

    public async Task<Target> SetTargetAsync(string? region, int specialties, int schools, int teachers, CancellationToken ct = default)
    {
        var scope = NormalizeScope(region);
        var target = await db.Set<Target>().FirstOrDefaultAsync(t => t.Region == scope, ct);
        if (target is null)
        {
            target = new Target { Region = scope };
            db.Add(target);
        }
        target.Specialties = specialties;
        target.Schools = schools;
        target.Teachers = teachers;
        await db.SaveChangesAsync(ct);
        return target;
    }

    public sealed record PhaseInput(int Number, string Name, DateOnly Start, DateOnly End, int? Specialties, int? Schools, int? Teachers);

    public async Task<Phase> SetPhaseAsync(string? region, PhaseInput input, CancellationToken ct = default)
    {
        var scope = NormalizeScope(region);
        if (input.End < input.Start)
        {
            throw new FieldException("end", "阶段的结束日期不能早于开始日期。");
        }
        var phase = await db.Set<Phase>().FirstOrDefaultAsync(p => p.Region == scope && p.Number == input.Number, ct);
        if (phase is null)
        {
            phase = new Phase { Region = scope, Name = input.Name };
            db.Add(phase);
        }
        phase.Number = input.Number;
        phase.Name = input.Name.Trim();
        phase.Start = input.Start;
        phase.End = input.End;
        phase.Specialties = input.Specialties;
        phase.Schools = input.Schools;
        phase.Teachers = input.Teachers;
        await db.SaveChangesAsync(ct);
        return phase;
    }
}
