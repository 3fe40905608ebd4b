using ResourceHub.Standards;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Schools;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;

namespace ResourceHub.Reform.Services;

/// <summary>Batches, schools' specialty applications within them (with the region's limit), and their approval.</summary>
public sealed class ApplicationService(ResourceHubDbContext db, ISchoolDirectory schools, ISpecialtyCatalog specialties, RuleService rules, RegionScope regions, TimeProvider clock)
{
    public Task<List<Batch>> BatchesAsync(CancellationToken ct = default) =>
        db.Set<Batch>().AsNoTracking().OrderByDescending(b => b.Opens).ToListAsync(ct);

    public async Task<Batch> GetBatchAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Batch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException("申报批次不存在。");

    /// <summary>The Admin opens national or regional batches; a RegionAdmin only their region's.</summary>
    public async Task<Batch> CreateBatchAsync(ClaimsPrincipal actor, string name, string? region, DateOnly opens, DateOnly closes, CancellationToken ct = default)
    {
        EnsureOversees(actor, TargetService.NormalizeScope(region));
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new FieldException("name", "请填写批次名称。");
        }
        if (closes < opens)
        {
            throw new FieldException("closes", "截止日期不能早于开始日期。");
        }
        var batch = new Batch { Name = name, Region = TargetService.NormalizeScope(region), Opens = opens, Closes = closes };
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch;
    }

    public Task<List<SpecialtyApplication>> ListAsync(Guid? batchId, Guid? schoolId, ApplicationStatus? status, CancellationToken ct = default) =>
        db.Set<SpecialtyApplication>().AsNoTracking()
            .Where(a => (batchId == null || a.BatchId == batchId) && (schoolId == null || a.SchoolId == schoolId) && (status == null || a.Status == status))
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(ct);

    /// <summary>A school applies; an admin may apply for any school, a school's own staff only for it.</summary>
    public async Task<SpecialtyApplication> ApplyAsync(ClaimsPrincipal actor, Guid batchId, Guid schoolId, string specialtyCode, string? reason, CancellationToken ct = default)
    {
        if (!actor.ActsFor(schoolId))
        {
            throw new ForbiddenException("只能为本校申报专业。");
        }
        var batch = await db.Set<Batch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct)
            ?? throw new FieldException("batchId", "申报批次不存在。");
        var school = await schools.GetAsync(schoolId, ct);
        if (batch.Region != Scope.National && batch.Region != school.Region)
        {
            throw new FieldException("batchId", $"“{batch.Name}”是{batch.Region}的批次，{school.Name}不在该地区。");
        }
        if (batch.RefusalOn(Today) is { } refusal)
        {
            throw new ConflictException(refusal);
        }
        if (await specialties.FindAsync(specialtyCode, ct) is null)
        {
            throw new FieldException("specialtyCode", $"专业代码“{specialtyCode}”不在专业目录中。");
        }
        // Two applications of one school at the same moment may pick the same place: the loser reads the places again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PlaceAsync(batch, school, specialtyCode, reason, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"{school.Name}在“{batch.Name}”中同时提交了另一项申报，请刷新后重试。");
            }
        }
    }

    private Task<SpecialtyApplication> PlaceAsync(Batch batch, SchoolInfo school, string specialtyCode, string? reason, CancellationToken ct)
    {
        var (batchId, schoolId) = (batch.Id, school.Id);
        return db.InTransactionAsync(async () =>
        {
            var held = await db.Set<SpecialtyApplication>()
                .Where(a => a.BatchId == batchId && a.SchoolId == schoolId && a.Status != ApplicationStatus.Rejected)
                .Select(a => new { a.SpecialtyCode, a.Slot })
                .ToListAsync(ct);
            if (held.Any(h => h.SpecialtyCode == specialtyCode))
            {
                throw new ConflictException($"{school.Name}在“{batch.Name}”中已申报过专业“{specialtyCode}”。");
            }
            var rule = await rules.ForRegionAsync(school.Region, ct);
            var limit = school.Kind == SchoolKind.TechnicianCollege ? rule.TechnicianCollegeLimit : rule.OtherSchoolLimit;
            if (limit is { } max && held.Count >= max)
            {
                var who = school.Kind == SchoolKind.TechnicianCollege ? "技师学院" : "技师学院以外的技工院校";
                throw new ConflictException(
                    $"{RuleScopeName(rule)}规定：{who}每个批次最多申报 {max} 个专业；{school.Name}在“{batch.Name}”中已申报 {held.Count} 个，不能再申报。");
            }
            var slot = Enumerable.Range(1, held.Count + 1).First(n => held.All(h => h.Slot != n));
            var application = new SpecialtyApplication { BatchId = batchId, SchoolId = schoolId, SpecialtyCode = specialtyCode, Slot = slot, Reason = reason?.Trim() ?? "" };
            db.Add(application);
            await db.SaveChangesAsync(ct);
            return application;
        }, ct);
    }

    public async Task<SpecialtyApplication> DecideAsync(ClaimsPrincipal actor, Guid id, bool approve, string? comment, CancellationToken ct = default)
    {
        var application = await db.Set<SpecialtyApplication>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("申报不存在。");
        await EnsureOverseesSchoolAsync(actor, application.SchoolId, ct);
        var batch = await GetBatchAsync(application.BatchId, ct);
        if (batch.ClosedAt is not null)
        {
            throw new ConflictException($"申报批次“{batch.Name}”已考核结束，不能再审批。");
        }
        if (application.Status != ApplicationStatus.Pending)
        {
            throw new ConflictException($"该申报已{application.Status.ToChinese()}，不能重复审批。");
        }
        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new FieldException("comment", "不予批准时请填写意见。");
        }
        application.Decide(approve, actor.UserId()!.Value, comment?.Trim());
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>Assesses and closes a batch once every application in it is decided.</summary>
    public async Task<Batch> CloseBatchAsync(ClaimsPrincipal actor, Guid id, string? assessment, CancellationToken ct = default)
    {
        var batch = await db.Set<Batch>().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException("申报批次不存在。");
        EnsureOversees(actor, batch.Region);
        if (string.IsNullOrWhiteSpace(assessment))
        {
            throw new FieldException("assessment", "请填写对本批次的考核意见。");
        }
        if (batch.ClosedAt is not null)
        {
            throw new ConflictException($"申报批次“{batch.Name}”已经考核结束。");
        }
        var pending = await db.Set<SpecialtyApplication>().CountAsync(a => a.BatchId == id && a.Status == ApplicationStatus.Pending, ct);
        if (pending > 0)
        {
            throw new ConflictException($"申报批次“{batch.Name}”还有 {pending} 项申报未审批，审批完毕后才能考核结束。");
        }
        batch.Close(actor.UserId()!.Value, assessment.Trim());
        await db.SaveChangesAsync(ct);
        return batch;
    }

    /// <summary>An application with its batch: for its school and for those who decide it (the region, the Admin).</summary>
    public async Task<(SpecialtyApplication Application, Batch Batch)> GetAsync(ClaimsPrincipal actor, Guid id, CancellationToken ct = default)
    {
        var application = await db.Set<SpecialtyApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("申报不存在。");
        await EnsureOverseesSchoolAsync(actor, application.SchoolId, ct);
        return (application, await GetBatchAsync(application.BatchId, ct));
    }

    /// <summary>Another region's application is answered as missing: its existence is not this caller's business.</summary>
    private async Task EnsureOverseesSchoolAsync(ClaimsPrincipal actor, Guid schoolId, CancellationToken ct)
    {
        if (!await regions.OverseesSchoolAsync(actor, schoolId, ct))
        {
            throw new NotFoundException("申报不存在。");
        }
    }

    private static void EnsureOversees(ClaimsPrincipal actor, string scope)
    {
        if (!actor.OverseesRegion(scope == Scope.National ? null : scope))
        {
            throw new ForbiddenException(scope == Scope.National ? "只有系统管理员可以设立或结束全国批次。" : $"只能管理本地区的申报批次，不能管理{scope}的批次。");
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToChinaTime().DateTime);

    private static string RuleScopeName(RegionalRule rule) => rule.Region == Scope.National ? "国家" : rule.Region;
}
