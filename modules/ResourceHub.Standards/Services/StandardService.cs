using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Models;

namespace ResourceHub.Standards.Services;

/// <summary>Course standards: national ones, their versions, and schools' adaptations (校本转化).</summary>
public sealed class StandardService(ResourceHubDbContext db, SpecialtyService specialties)
{
    /// <summary>A standard as a reader sees it: its newest version, and how it stands against its source.</summary>
    public sealed record View(CourseStandard Standard, CourseStandardVersion Current, IReadOnlyList<CourseStandardVersion> Versions, int? SourceLatestVersion)
    {
        /// <summary>The national standard this copy came from has a version the school has not aligned with yet.</summary>
        public bool SourceUpdated => SourceLatestVersion > Standard.SourceVersion;
    }

    public sealed record SectionChange(string Key, string Title, bool Changed, IReadOnlyList<LineDiff.Line> Lines);

    public sealed record Changes(int? ComparedWithSourceVersion, int Version, IReadOnlyList<SectionChange> Sections, IReadOnlyList<SectionChange>? SourceChanges);

    public Task<List<CourseStandard>> ListAsync(string? specialtyCode, Guid? schoolId, CancellationToken ct = default) =>
        db.Set<CourseStandard>().AsNoTracking()
            .Where(s => (specialtyCode == null || s.SpecialtyCode == specialtyCode) && (schoolId == null || s.SchoolId == schoolId))
            .OrderBy(s => s.SpecialtyCode).ThenBy(s => s.SchoolId).ThenBy(s => s.Title)
            .ToListAsync(ct);

    public async Task<View> GetAsync(Guid id, CancellationToken ct = default)
    {
        var standard = await db.Set<CourseStandard>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("课程标准不存在。");
        var versions = await db.Set<CourseStandardVersion>().AsNoTracking().Where(v => v.StandardId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        int? sourceLatest = standard.SourceId is { } source
            ? await db.Set<CourseStandard>().Where(s => s.Id == source).Select(s => s.CurrentVersion).FirstAsync(ct)
            : null;
        return new View(standard, versions[0], versions, sourceLatest);
    }

    public async Task<CourseStandard> CreateAsync(ClaimsPrincipal actor, string specialtyCode, string title, StandardSections sections, IReadOnlyList<string> skillLevels, CancellationToken ct = default)
    {
        if (await specialties.FindAsync(specialtyCode, ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{specialtyCode}”不在专业目录中。");
        }
        var standard = new CourseStandard { SpecialtyCode = specialtyCode, Title = Required(title, "title", "请填写课程标准名称。") };
        db.Add(standard);
        db.Add(standard.NextVersion(sections, CheckLevels(skillLevels), "首次发布", actor.UserId()));
        await db.SaveChangesAsync(ct);
        return standard;
    }

    /// <summary>A new immutable version: national standards by the catalogue's managers, an adaptation by its own school.</summary>
    public async Task<CourseStandardVersion> AddVersionAsync(ClaimsPrincipal actor, Guid id, StandardSections sections, IReadOnlyList<string> skillLevels, string? note, CancellationToken ct = default)
    {
        var standard = await db.Set<CourseStandard>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("课程标准不存在。");
        EnsureMayEdit(actor, standard);
        var version = standard.NextVersion(sections, CheckLevels(skillLevels), note?.Trim() ?? "", actor.UserId());
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>校本转化: the school's own copy of a national standard, starting from its newest version.</summary>
    public async Task<CourseStandard> AdaptAsync(ClaimsPrincipal actor, Guid sourceId, Guid schoolId, CancellationToken ct = default)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能为本校转化课程标准。");
        }
        var source = await GetAsync(sourceId, ct);
        if (source.Standard.IsAdaptation || source.Standard.SchoolId is not null)
        {
            throw new ConflictException("只能转化国家课程标准，不能转化学校的校本标准。");
        }
        if (await db.Set<CourseStandard>().AnyAsync(s => s.SourceId == sourceId && s.SchoolId == schoolId, ct))
        {
            throw new ConflictException("本校已转化过这一课程标准，请在已有的校本标准上修改。");
        }
        var copy = new CourseStandard { SpecialtyCode = source.Standard.SpecialtyCode, Title = source.Standard.Title + "（校本）", SchoolId = schoolId, SourceId = sourceId };
        copy.AlignWith(source.Standard.CurrentVersion);
        db.Add(copy);
        db.Add(copy.NextVersion(source.Current.Sections, source.Current.SkillLevels, $"由国家标准第 {source.Standard.CurrentVersion} 版转化", actor.UserId()));
        await db.SaveChangesAsync(ct);
        return copy;
    }

    /// <summary>What the school changed against the source version it is aligned with, and what the source changed since.</summary>
    public async Task<Changes> ChangesAsync(Guid id, CancellationToken ct = default)
    {
        var view = await GetAsync(id, ct);
        if (view.Standard is not { SourceId: { } sourceId, SourceVersion: { } aligned })
        {
            return new Changes(null, view.Current.Number, [], null);
        }
        var based = await VersionAsync(sourceId, aligned, ct);
        var latest = view.SourceUpdated ? await VersionAsync(sourceId, view.SourceLatestVersion!.Value, ct) : null;
        return new Changes(aligned, view.Current.Number, Compare(based.Sections, view.Current.Sections), latest is null ? null : Compare(based.Sections, latest.Sections));
    }

    /// <summary>The school has read the source's new version: its copy is aligned with it from now on.</summary>
    public async Task<CourseStandard> AlignAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var standard = await db.Set<CourseStandard>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("课程标准不存在。");
        if (standard.SourceId is not { } sourceId)
        {
            throw new ConflictException("国家课程标准没有来源，无需对齐。");
        }
        EnsureMayEdit(actor, standard);
        standard.AlignWith(await db.Set<CourseStandard>().Where(s => s.Id == sourceId).Select(s => s.CurrentVersion).FirstAsync(ct));
        await db.SaveChangesAsync(ct);
        return standard;
    }

    private async Task<CourseStandardVersion> VersionAsync(Guid standardId, int number, CancellationToken ct) =>
        await db.Set<CourseStandardVersion>().AsNoTracking().FirstAsync(v => v.StandardId == standardId && v.Number == number, ct);

    private static List<SectionChange> Compare(StandardSections before, StandardSections after) =>
        before.Named().Zip(after.Named(), (b, a) =>
        {
            var lines = LineDiff.Compare(b.Text, a.Text);
            return new SectionChange(b.Key, b.Title, lines.Any(l => l.Op != LineDiff.Op.Same), lines);
        }).ToList();

    /// <summary>National standards are revised by the catalogue's managers; an adaptation by its own school.</summary>
    public static bool MayEdit(ClaimsPrincipal actor, CourseStandard standard) =>
        standard.SchoolId is { } school
            ? actor.IsInRole(Roles.Admin) || (actor.SchoolId() == school && actor.HasPermission(StandardsPermissions.AdaptStandards))
            : actor.HasPermission(StandardsPermissions.ManageCatalogue);

    private static void EnsureMayEdit(ClaimsPrincipal actor, CourseStandard standard)
    {
        if (!MayEdit(actor, standard))
        {
            throw new ForbiddenException(standard.SchoolId is null ? "只有系统管理员可以修订国家课程标准。" : "只有本校的学校管理员可以修订校本课程标准。");
        }
    }

    private static List<string> CheckLevels(IReadOnlyList<string> levels)
    {
        var clean = levels.Select(l => l.Trim()).Distinct().ToList();
        if (clean.Count == 0 || clean.Any(l => !StandardSections.SkillLevelNames.Contains(l)))
        {
            throw new FieldException("skillLevels", $"请选择技能等级：{string.Join("、", StandardSections.SkillLevelNames)}。");
        }
        return clean;
    }

    private static string Required(string value, string field, string message) =>
        value.Trim() is { Length: > 0 } trimmed ? trimmed : throw new FieldException(field, message);
}
