using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Modules;
using ResourceHub.Standards.Models;

namespace ResourceHub.Standards.Services;

/// <summary>The specialty catalogue; other modules refer to a specialty by its code.</summary>
public sealed partial class SpecialtyService(ResourceHubDbContext db) : ISiteFigures
{
    public Task<List<Specialty>> ListAsync(CancellationToken ct = default) =>
        db.Set<Specialty>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);

    public Task<Specialty?> FindAsync(string code, CancellationToken ct = default) =>
        db.Set<Specialty>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);

    public async Task<Specialty> CreateAsync(string code, string name, string? category = null, bool hasIntegratedStandard = false, CancellationToken ct = default)
    {
        code = code.Trim();
        name = name.Trim();
        if (!CodePattern().IsMatch(code))
        {
            throw new FieldException("code", "专业代码只能由字母、数字和连字符组成，最长 20 位。");
        }
        if (name.Length == 0)
        {
            throw new FieldException("name", "请填写专业名称。");
        }
        // Codes identify specialties; a region may list the same name under its own code.
        if (await db.Set<Specialty>().AnyAsync(s => s.Code == code, ct))
        {
            throw new ConflictException($"专业代码“{code}”已存在。");
        }
        var specialty = new Specialty { Code = code, Name = name, Category = category, HasIntegratedStandard = hasIntegratedStandard };
        db.Add(specialty);
        await db.SaveChangesAsync(ct);
        return specialty;
    }

    public async Task<IReadOnlyList<SiteFigure>> GetAsync(CancellationToken cancellationToken) =>
        [new("一体化专业", await db.Set<Specialty>().CountAsync(s => s.HasIntegratedStandard, cancellationToken), 10, "个")];

    [GeneratedRegex(@"^[A-Za-z0-9\-]{1,20}$")]
    private static partial Regex CodePattern();
}
