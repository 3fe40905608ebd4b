using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

public sealed class SchoolService(ResourceHubDbContext db)
{
    public Task<List<School>> ListAsync(CancellationToken ct = default) =>
        db.Set<School>().AsNoTracking().OrderBy(s => s.Region).ThenBy(s => s.Name).ToListAsync(ct);

    /// <summary>The schools of one province-level region, for figures other modules count by region.</summary>
    public Task<List<School>> ListInRegionAsync(string region, CancellationToken ct = default) =>
        db.Set<School>().AsNoTracking().Where(s => s.Region == region).OrderBy(s => s.Name).ToListAsync(ct);

    public async Task<School> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<School>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("学校不存在。");

    public async Task<School> CreateAsync(string name, SchoolKind kind, string region, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new FieldException("name", "请填写学校名称。");
        }
        if (!Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称（例如“{Regions.InnerMongolia}”）。");
        }
        if (await db.Set<School>().AnyAsync(s => s.Name == name, ct))
        {
            throw new ConflictException($"学校“{name}”已存在。");
        }
        var school = new School { Name = name, Kind = kind, Region = region };
        db.Add(school);
        await db.SaveChangesAsync(ct);
        return school;
    }
}
